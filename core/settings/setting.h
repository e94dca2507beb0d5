#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace Callwright {

/// A typed setting declared next to the code that reads it (in the manner of Tiled's
/// SessionOption): `static Setting<bool> wrap{"review/wrapLines", true};`
template<typename T>
class Setting final
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {}

    T value() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    void reset() const { QSettings().remove(m_key); }
    const QString &key() const { return m_key; }
    const T &defaultValue() const { return m_default; }

    operator T() const { return value(); }

private:
    QString m_key;
    T m_default;
};

} // namespace Callwright
