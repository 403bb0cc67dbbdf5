#include "customerlistmodel.h"

#include "appsession.h"

#include <store/store.h>

#include <QCollator>

#include <algorithm>

namespace kakunin {

namespace {

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QString statusOf(const QJsonObject &s)
{
    const QString screening = str(s, "screening");
    if (screening == QLatin1String("refused"))
        return QStringLiteral("refused");
    if (!screening.isEmpty())
        return QStringLiteral("ready");
    if (s.contains(QLatin1String("profile")))
        return QStringLiteral("needs_screening");
    return QStringLiteral("needs_profile");
}

// Hepburn for one hiragana; small ゃゅょ, ぁぃぅぇぉ, っ and ー are handled by romaji() around it.
const char *hepburn(char16_t c)
{
    // ぁ (U+3041) … ゖ (U+3096), in code point order.
    static const char *const table[] = {"a", "a", "i", "i", "u", "u", "e", "e", "o", "o", // ぁあぃいぅうぇえぉお
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go", // かがきぎくぐけげこご
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo", // さざしじすずせぜそぞ
        "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do", // ただちぢっつづてでとど
        "na", "ni", "nu", "ne", "no", // なにぬねの
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po", // は…ぽ
        "ma", "mi", "mu", "me", "mo", // まみむめも
        "ya", "ya", "yu", "yu", "yo", "yo", // ゃやゅゆょよ
        "ra", "ri", "ru", "re", "ro", // らりるれろ
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke"}; // ゎわゐゑをんゔゕゖ
    if (c < 0x3041 || c > 0x3096)
        return nullptr;
    return table[c - 0x3041];
}

bool isSmallKana(char16_t c)
{
    switch (c) {
    case 0x3041: // ぁ
    case 0x3043: // ぃ
    case 0x3045: // ぅ
    case 0x3047: // ぇ
    case 0x3049: // ぉ
    case 0x3083: // ゃ
    case 0x3085: // ゅ
    case 0x3087: // ょ
    case 0x308E: // ゎ
        return true;
    default:
        return false;
    }
}

bool isVowel(QChar c)
{
    return QStringLiteral("aeiou").contains(c);
}

} // namespace

CustomerListModel::CustomerListModel(QObject *parent) : QAbstractListModel(parent) { }

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return r.name;
    case IdRole:
        return r.id;
    case BusinessRole:
        return r.business;
    case PhoneRole:
        return r.phone;
    case AddressRole:
        return r.address;
    case ScreeningRole:
        return r.screening;
    case ScreeningTextRole:
        return screeningText(r.screening);
    case StatusRole:
        return r.status;
    case StatusTextRole:
        return statusText(r.status);
    case RefusedRole:
        return r.status == QLatin1String("refused");
    case ReadingRole:
        return r.reading;
    default:
        return {};
    }
}

QHash<int, QByteArray> CustomerListModel::roleNames() const
{
    return {{IdRole, "customerId"}, {NameRole, "name"}, {BusinessRole, "business"}, {PhoneRole, "phone"},
        {AddressRole, "address"}, {ScreeningRole, "screening"}, {ScreeningTextRole, "screeningText"},
        {StatusRole, "status"}, {StatusTextRole, "statusText"}, {RefusedRole, "refused"}, {ReadingRole, "reading"}};
}

void CustomerListModel::setFilterText(const QString &text)
{
    if (text == m_filterText)
        return;
    m_filterText = text;
    emit filterTextChanged();
    const int before = count();
    beginResetModel();
    refilter();
    endResetModel();
    if (count() != before)
        emit countChanged();
}

void CustomerListModel::setSource(const Store *store, const QString &userId)
{
    m_store = store;
    m_userId = userId;
    reload();
}

QList<CustomerListModel::Row> CustomerListModel::readRows(const Store &store, const QString &userId)
{
    QList<Row> rows;
    for (const AggregateState &c : store.projectionsOfKind(QStringLiteral("customer"))) {
        const QJsonObject &s = c.state;
        if (userId.isEmpty() || str(s, "registeredBy") != userId)
            continue; // P4: only the signed-in rep's own customers
        Row r {str(s, "id"), str(s, "name"), str(s, "business"), str(s, "phone"), str(s, "address"),
            str(s, "screening"), statusOf(s), str(s, "reading"), {}, {}};
        r.key
            = searchKey(r.name) + QLatin1Char('\n') + searchKey(r.business) + QLatin1Char('\n') + searchKey(r.reading);
        r.romajiKey = romajiKey(romaji(r.reading));
        rows.append(std::move(r));
    }
    QCollator collator(QLocale(QLocale::Japanese, QLocale::Japan));
    std::stable_sort(rows.begin(), rows.end(),
        [&collator](const Row &a, const Row &b) { return collator.compare(a.name, b.name) < 0; });
    return rows;
}

void CustomerListModel::reload()
{
    const quint64 generation = ++m_generation;
    if (m_store == nullptr) {
        apply({});
        setLoading(false);
        return;
    }
    if (m_reads == nullptr || m_reads->store() != m_store) {
        apply(readRows(*m_store, m_userId));
        setLoading(false);
        return;
    }
    setLoading(true);
    m_reads->readStore<QList<Row>>(
        this, [userId = m_userId](const Store &store) { return readRows(store, userId); },
        [this, generation](QList<Row> rows) {
            if (generation != m_generation)
                return; // a newer load is on its way
            apply(std::move(rows));
            setLoading(false);
        });
}

void CustomerListModel::apply(QList<Row> rows)
{
    const int before = count();
    const int totalBefore = totalCount();
    beginResetModel();
    m_all = std::move(rows);
    refilter();
    endResetModel();
    if (count() != before || totalCount() != totalBefore)
        emit countChanged();
}

void CustomerListModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged();
}

void CustomerListModel::refilter()
{
    m_visible.clear();
    const QString needle = searchKey(m_filterText);
    // Latin letters typed for a Japanese name: compare them with the reading in romaji too.
    bool latin = !needle.isEmpty();
    for (QChar c : needle)
        latin = latin && ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c == QLatin1Char('\''));
    const QString romajiNeedle = latin ? romajiKey(needle) : QString();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        const Row &r = m_all.at(i);
        if (needle.isEmpty() || r.key.contains(needle)
            || (!romajiNeedle.isEmpty() && r.romajiKey.contains(romajiNeedle)))
            m_visible.append(static_cast<int>(i));
    }
}

QString CustomerListModel::romaji(const QString &kana)
{
    const QString hira = searchKey(kana); // katakana → hiragana, half-width → full-width, no spaces
    QString out;
    bool doubleNext = false; // っ: the next consonant is doubled
    for (qsizetype i = 0; i < hira.size(); ++i) {
        const char16_t c = hira.at(i).unicode();
        if (c == 0x3063) { // っ
            doubleNext = true;
            continue;
        }
        if (c == 0x30FC) // ー: a long vowel, ignored like the other spellings of one
            continue;
        const char *h = hepburn(c);
        if (h == nullptr) {
            const QChar ch = hira.at(i);
            if (ch.isLetterOrNumber() && ch.unicode() < 0x80)
                out.append(ch.toLower());
            doubleNext = false;
            continue;
        }
        QString syllable = QString::fromLatin1(h);
        // A small kana after it changes the syllable: きゃ kya, しゃ sha, ふぁ fa, てぃ ti.
        if (i + 1 < hira.size() && isSmallKana(hira.at(i + 1).unicode()) && !isSmallKana(c)) {
            const char16_t small = hira.at(i + 1).unicode();
            const QString tail = QString::fromLatin1(hepburn(small));
            if (small == 0x3083 || small == 0x3085 || small == 0x3087) { // ゃゅょ
                if (syllable.endsWith(QLatin1Char('i')) && syllable.size() > 1) {
                    syllable.chop(1);
                    const bool palatal = syllable.endsWith(QLatin1String("sh"))
                        || syllable.endsWith(QLatin1String("ch")) || syllable == QLatin1String("j");
                    syllable += palatal ? tail.mid(1) : tail;
                    ++i;
                }
            } else if (small != 0x308E) { // ぁぃぅぇぉ: the vowel changes
                if (syllable.size() == 1)
                    syllable = QLatin1Char('w') + tail; // うぃ wi
                else if (syllable == QLatin1String("vu"))
                    syllable = QLatin1Char('v') + tail;
                else {
                    syllable.chop(1); // ふ fu + ぁ → fa, ち chi + ぇ → che
                    syllable += tail;
                }
                ++i;
            }
        }
        if (doubleNext && !syllable.isEmpty() && !isVowel(syllable.at(0)))
            out.append(syllable.startsWith(QLatin1String("ch")) ? QLatin1Char('t') : syllable.at(0));
        doubleNext = false;
        out.append(syllable);
    }
    return out;
}

QString CustomerListModel::romajiKey(const QString &latin)
{
    QString s;
    for (QChar c : latin.toLower())
        if (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            s.append(c);
    // Kunrei-shiki and word-processor spellings → Hepburn.
    // sh, ch and ts are Hepburn already and are kept whole, so the h of "shu" is not read as "hu".
    static const QList<QPair<QLatin1String, QLatin1String>> spellings {{QLatin1String("sh"), QLatin1String("sh")},
        {QLatin1String("ch"), QLatin1String("ch")}, {QLatin1String("ts"), QLatin1String("ts")},
        {QLatin1String("tch"), QLatin1String("ch")}, {QLatin1String("sy"), QLatin1String("sh")},
        {QLatin1String("ty"), QLatin1String("ch")}, {QLatin1String("zy"), QLatin1String("j")},
        {QLatin1String("jy"), QLatin1String("j")}, {QLatin1String("dy"), QLatin1String("j")},
        {QLatin1String("si"), QLatin1String("shi")}, {QLatin1String("ti"), QLatin1String("chi")},
        {QLatin1String("tu"), QLatin1String("tsu")}, {QLatin1String("hu"), QLatin1String("fu")},
        {QLatin1String("zi"), QLatin1String("ji")}, {QLatin1String("di"), QLatin1String("ji")},
        {QLatin1String("du"), QLatin1String("zu")}, {QLatin1String("mb"), QLatin1String("nb")},
        {QLatin1String("mp"), QLatin1String("np")}};
    QString hepburn;
    for (qsizetype i = 0; i < s.size();) {
        bool replaced = false;
        for (const auto &[from, to] : spellings) {
            if (QStringView(s).mid(i).startsWith(from)) {
                hepburn += to;
                i += from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            hepburn += s.at(i++);
    }
    // Doubled letters and long vowels: kk → k, nn → n, oo → o; ou → o; oh before a consonant → o.
    QString out;
    for (qsizetype i = 0; i < hepburn.size(); ++i) {
        const QChar c = hepburn.at(i);
        if (!out.isEmpty() && out.back() == c)
            continue;
        if (c == QLatin1Char('u') && out.endsWith(QLatin1Char('o')))
            continue;
        if (c == QLatin1Char('h') && out.endsWith(QLatin1Char('o'))
            && (i + 1 == hepburn.size() || !isVowel(hepburn.at(i + 1))))
            continue;
        out.append(c);
    }
    return out;
}

QString CustomerListModel::searchKey(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(s.size());
    for (QChar c : std::as_const(s)) {
        if (c.isSpace())
            continue;
        const char16_t u = c.unicode();
        // Katakana ァ..ヶ → hiragana ぁ..ゖ, so ハナコ finds はなこ and the other way round.
        out.append(u >= 0x30A1 && u <= 0x30F6 ? QChar(static_cast<char16_t>(u - 0x60)) : c);
    }
    return out;
}

QString CustomerListModel::screeningText(const QString &outcome)
{
    if (outcome == QLatin1String("allowed"))
        return tr("Screening passed");
    if (outcome == QLatin1String("allowed_with_conditions"))
        return tr("Screening passed with conditions");
    if (outcome == QLatin1String("refused"))
        return tr("Screening refused");
    return tr("Not screened yet");
}

QString CustomerListModel::statusText(const QString &status)
{
    if (status == QLatin1String("needs_profile"))
        return tr("Profile sheet to fill in");
    if (status == QLatin1String("needs_screening"))
        return tr("Screening to do");
    if (status == QLatin1String("refused"))
        return tr("No contract possible");
    if (status == QLatin1String("ready"))
        return tr("Ready for the explanation");
    return {};
}

} // namespace kakunin
