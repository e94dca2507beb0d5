#!/usr/bin/env python3
"""Fills the English plural forms of callwright_en.ts from the "word(s)" source convention.

Run after `lupdate -pluralonly ... -ts translations/callwright_en.ts`; existing forms are kept.
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/callwright_en.ts"
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    if translation is None or (translation.get("type") != "unfinished" and len(translation)):
        continue
    for child in list(translation):
        translation.remove(child)
    translation.attrib.pop("type", None)
    for replacement in (r"\1", r"\1s"):
        form = ET.SubElement(translation, "numerusform")
        form.text = re.sub(r"(\w+)\(s\)", replacement, source)
tree.write(path, encoding="utf-8", xml_declaration=True)
