#pragma once

#include "model/json.h"

#include <optional>

namespace Callwright::PythonCall {

/// A call as BFCL writes its ground truth: name(key='text',n=1,flag=True,items=[1, 2]).
std::string format(const QString &name, const Json &arguments);

struct Parsed
{
    std::string name;
    Json keywords = Json::object();
    int positional = 0;
};

/// Reads a call string back; nullopt with *error (naming the character position) when it is
/// not a call of Python literals.
std::optional<Parsed> parse(const std::string &text, std::string *error);

} // namespace Callwright::PythonCall
