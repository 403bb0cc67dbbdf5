#include "signedcontent.h"

namespace kakunin {

QString foldSignedContent(const QString &digest, const QString &eventHash)
{
    return sha256Hex((digest + eventHash).toLatin1());
}

bool isMattersConfirmation(const QString &eventType)
{
    return eventType == QLatin1String("matters.item_shown") || eventType == QLatin1String("matters.item_confirmed");
}

bool isDeliveryConfirmation(const QString &eventType)
{
    static const QLatin1String types[]
        = {QLatin1String("lecture.started"), QLatin1String("lecture.paused"), QLatin1String("lecture.resumed"),
            QLatin1String("lecture.item_taught"), QLatin1String("lecture.item_understood")};
    for (const QLatin1String &t : types)
        if (eventType == t)
            return true;
    return false;
}

} // namespace kakunin
