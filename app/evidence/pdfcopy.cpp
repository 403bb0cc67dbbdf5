#include "pdfcopy.h"

#include "qrcode.h"
#include "strokerenderer.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QIODevice>
#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace kakunin::evidence {

namespace {

// ---------------------------------------------------------------------------------------------------
// Fonts. Qt embeds a font as a TrueType CID subset with a ToUnicode map it builds from the font's cmap.
// With the CFF-based Noto Sans CJK this map loses digits and sends many kanji (日, 入, 月, 見 …) to the
// Kangxi radical code points that share their glyphs, so pdftotext reads "⽇" for "日". Morisawa's
// BIZ UD Gothic (Debian: fonts-morisawa-bizud-gothic, SIL OFL) is TrueType, Japanese in its forms,
// designed for legibility, and extracts cleanly; Droid Sans Fallback (fonts-droid-fallback) also
// extracts cleanly but draws kanji in Chinese forms. Noto Sans CJK JP is the last resort.
// ---------------------------------------------------------------------------------------------------

QString firstInstalled(const QStringList &candidates)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &c : candidates) {
        if (installed.contains(c, Qt::CaseInsensitive))
            return c;
    }
    return candidates.last();
}

// ---------------------------------------------------------------------------------------------------
// Page geometry, in device units of the PDF writer (Dpi per inch).
// ---------------------------------------------------------------------------------------------------

constexpr int Dpi = 600;
constexpr qreal mm(qreal v)
{
    return v * Dpi / 25.4;
}

constexpr qreal PageW = mm(210), PageH = mm(297);
constexpr qreal MarginX = mm(16);
constexpr qreal ContentW = PageW - 2 * MarginX;
constexpr qreal HeaderTop = mm(10), HeaderBottom = mm(19);
constexpr qreal FooterTop = mm(282), FooterBottom = mm(289);
constexpr qreal ContentTop = mm(24), ContentBottom = mm(277);

const QColor Ink(0, 0, 0);
const QColor Rule(90, 90, 90); // table rules: structure only, never meaning
const QColor Shade(236, 236, 236); // header and group rows: structure only, never meaning

struct Fonts {
    QFont title, subtitle, heading, body, bodyBold, small, smallBold, tableHead, cell, mono, monoCell, monoSmall, tiny;
};

Fonts makeFonts()
{
    const QString text = pdfTextFontFamily();
    const QString mono = pdfMonoFontFamily();
    auto f = [](const QString &family, qreal pt, bool bold = false) {
        QFont font(family);
        font.setPointSizeF(pt);
        font.setBold(bold);
        // No shaping for text that needs none: ligatures ("fi") have no way back to Unicode in Qt's ToUnicode
        // map, so "Confirmed" would extract as "Con rmed".
        font.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        font.setHintingPreference(QFont::PreferNoHinting);
        return font;
    };
    return Fonts {f(text, 17, true), f(text, 9.5), f(text, 11, true), f(text, 9.5), f(text, 9.5, true), f(text, 8),
        f(text, 8, true), f(text, 8, true), f(text, 8.5), f(mono, 7.5), f(mono, 7.5), f(mono, 6.5), f(text, 6.5)};
}

// Labels in the copy's language; the other language appears as the subtitle.
struct Lang {
    bool en = false;
    QString operator()(const QString &ja, const QString &english) const { return en ? english : ja; }
};

QString timeOrDash(const std::optional<qint64> &t)
{
    return t ? formatJapanTime(*t) : QStringLiteral("-");
}

// Two labelled times, one per line, each whole on its line so it reads (and extracts) as one string:
// "説明 2026-11-28 14:03:12 +09:00".
QString timePair(const QString &firstLabel, const std::optional<qint64> &first, const QString &secondLabel,
    const std::optional<qint64> &second)
{
    return firstLabel + QLatin1Char(' ') + timeOrDash(first) + QLatin1Char('\n') + secondLabel + QLatin1Char(' ')
        + timeOrDash(second);
}

QString roleLabel(SignerRole r, const Lang &L)
{
    switch (r) {
    case SignerRole::Customer:
        return L(QStringLiteral("お客様（代表者）"), QStringLiteral("Customer (representative)"));
    case SignerRole::Successor:
        return L(QStringLiteral("後継者"), QStringLiteral("Successor"));
    case SignerRole::SalesRep:
        return L(QStringLiteral("営業担当"), QStringLiteral("Sales representative"));
    case SignerRole::Installer:
        return L(QStringLiteral("納品担当"), QStringLiteral("Installer"));
    }
    return {};
}

// ---------------------------------------------------------------------------------------------------
// Text: wrapped with QTextLayout at 1.2 times the font's height, because BIZ UD Gothic's own line gap
// leaves no room for Latin descenders, and never clipped. '\n' breaks a line.
// ---------------------------------------------------------------------------------------------------

constexpr qreal LineSpacing = 1.2;

qreal layoutLines(QTextLayout &layout, qreal width, int flags, const QFontMetricsF &fm)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(Qt::Alignment(flags) & Qt::AlignHorizontal_Mask);
    layout.setTextOption(option);
    qreal y = 0, height = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        height = y + line.height();
        y += std::max(line.height(), fm.height()) * LineSpacing;
    }
    layout.endLayout();
    return height + fm.height() * 0.1;
}

QString withLineSeparators(QString text)
{
    return text.replace(QLatin1Char('\n'), QChar::LineSeparator);
}

qreal measureText(const QFont &font, QPaintDevice *device, const QString &text, qreal width, int flags)
{
    QTextLayout layout(withLineSeparators(text), font, device);
    return layoutLines(layout, width, flags, QFontMetricsF(font, device));
}

// Draws text in r with the painter's font and pen: horizontal alignment per line, vertical in r.
void paintText(QPainter &p, const QRectF &r, int flags, const QString &text)
{
    QTextLayout layout(withLineSeparators(text), p.font(), p.device());
    const qreal h = layoutLines(layout, r.width(), flags, QFontMetricsF(p.font(), p.device()));
    qreal y = r.top();
    if (flags & Qt::AlignVCenter)
        y += (r.height() - h) / 2;
    else if (flags & Qt::AlignBottom)
        y += r.height() - h;
    layout.draw(&p, QPointF(r.left(), y));
}

// ---------------------------------------------------------------------------------------------------
// Layout: the document is a list of blocks of known height, laid out on pages first (so every footer
// can say "page x / y"), then painted. Table rows repeat their table's header on a new page.
// ---------------------------------------------------------------------------------------------------

struct Block {
    qreal height = 0;
    std::function<void(QPainter &, qreal top)> paint; // empty: vertical space, dropped at a page top
    int repeatHeader = -1; // a table row: the block index of its header, repeated atop a new page
    bool keepWithNext = false; // a heading or a table header stays with what follows
};

struct Column {
    QString header;
    qreal width = 0; // 0: takes the remaining width
    bool mono = false;
    Qt::Alignment align = Qt::AlignLeft;
};

struct Cell {
    QString text;
    QString sub; // a second, smaller line in the mono face (e.g. the item id)
};

class Document {
public:
    Document(QPaintDevice *device, const Fonts &fonts, const Lang &lang)
        : m_device(device), m_fonts(fonts), m_lang(lang)
    {
    }

    const Fonts &fonts() const { return m_fonts; }
    const Lang &lang() const { return m_lang; }

    qreal textHeight(const QFont &font, const QString &text, qreal width, int flags = Qt::TextWordWrap) const
    {
        return measureText(font, m_device, text, width, flags);
    }
    qreal textWidth(const QFont &font, const QString &text) const
    {
        return QFontMetricsF(font, m_device).horizontalAdvance(text);
    }
    // A font no larger than font whose rendering of text fits width (for hashes on one line).
    QFont fitted(QFont font, const QString &text, qreal width) const
    {
        while (font.pointSizeF() > 4 && textWidth(font, text) > width)
            font.setPointSizeF(font.pointSizeF() - 0.25);
        return font;
    }

    int add(Block b)
    {
        m_blocks.append(std::move(b));
        return int(m_blocks.size()) - 1;
    }
    void space(qreal h) { add({h, {}, -1, false}); }

    void heading(const QString &text)
    {
        const QFont f = m_fonts.heading;
        const qreal h = textHeight(f, text, ContentW) + mm(2.5);
        add({h,
            [this, f, text, h](QPainter &p, qreal top) {
                p.setFont(f);
                p.setPen(Ink);
                paintText(p, QRectF(MarginX, top, ContentW, h - mm(1.5)), Qt::AlignLeft | Qt::AlignBottom, text);
                p.setPen(QPen(Ink, mm(0.35)));
                p.drawLine(QPointF(MarginX, top + h - mm(0.8)), QPointF(MarginX + ContentW, top + h - mm(0.8)));
            },
            -1, true});
    }

    void paragraph(const QString &text, const QFont &font, qreal indent = 0)
    {
        const qreal w = ContentW - indent;
        const qreal h = textHeight(font, text, w) + mm(1);
        add({h,
            [font, text, w, indent](QPainter &p, qreal top) {
                p.setFont(font);
                p.setPen(Ink);
                paintText(p, QRectF(MarginX + indent, top, w, 1e7), Qt::TextWordWrap | Qt::AlignLeft, text);
            },
            -1, false});
    }

    // Two columns of label and value, boxed; an optional square on the right (the QR code).
    void keyValues(const QList<std::pair<QString, QString>> &rows, const QSet<int> &monoRows, qreal asideW,
        const std::function<void(QPainter &, const QRectF &)> &aside)
    {
        const qreal labelW = mm(34);
        const qreal valueW = ContentW - asideW - labelW - (asideW > 0 ? mm(4) : 0);
        const qreal pad = mm(1.2);
        QList<qreal> heights;
        QList<QFont> valueFonts;
        qreal total = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const QFont vf
                = monoRows.contains(i) ? fitted(m_fonts.mono, rows[i].second, valueW - 2 * pad) : m_fonts.body;
            const qreal h = std::max(textHeight(m_fonts.small, rows[i].first, labelW - 2 * pad),
                                textHeight(vf, rows[i].second, valueW - 2 * pad))
                + 2 * pad;
            heights.append(h);
            valueFonts.append(vf);
            total += h;
        }
        const qreal height = std::max(total, asideW);
        add({height,
            [=, this](QPainter &p, qreal top) {
                qreal y = top;
                for (int i = 0; i < rows.size(); ++i) {
                    const QRectF label(MarginX, y, labelW, heights[i]);
                    const QRectF value(MarginX + labelW, y, valueW, heights[i]);
                    p.fillRect(label, Shade);
                    p.setPen(Ink);
                    p.setFont(m_fonts.small);
                    paintText(
                        p, label.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignVCenter, rows[i].first);
                    p.setFont(valueFonts[i]);
                    paintText(
                        p, value.adjusted(pad, pad, -pad, -pad), Qt::TextWordWrap | Qt::AlignVCenter, rows[i].second);
                    p.setPen(QPen(Rule, mm(0.15)));
                    p.drawLine(QPointF(MarginX, y + heights[i]), QPointF(MarginX + labelW + valueW, y + heights[i]));
                    y += heights[i];
                }
                p.setPen(QPen(Ink, mm(0.3)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(QRectF(MarginX, top, labelW + valueW, total));
                p.setPen(QPen(Rule, mm(0.15)));
                p.drawLine(QPointF(MarginX + labelW, top), QPointF(MarginX + labelW, top + total));
                if (aside)
                    aside(p, QRectF(MarginX + ContentW - asideW, top, asideW, asideW));
            },
            -1, false});
    }

    // A table: a header row (repeated on every page the table runs onto) and rows. A row whose first
    // cell is the only one given is a group row spanning the table (a lecture category).
    void table(const QList<Column> &columnsIn, const QList<QList<Cell>> &rows)
    {
        QList<Column> columns = columnsIn;
        qreal fixed = 0;
        for (const Column &c : columns)
            fixed += c.width;
        for (Column &c : columns) {
            if (c.width == 0)
                c.width = ContentW - fixed;
        }
        const qreal pad = mm(1.2);
        // Header.
        qreal headH = 0;
        for (const Column &c : columns)
            headH = std::max(headH, textHeight(m_fonts.tableHead, c.header, c.width - 2 * pad));
        headH += 2 * pad;
        const int header = add({headH,
            [this, columns, headH, pad](QPainter &p, qreal top) {
                qreal x = MarginX;
                p.fillRect(QRectF(MarginX, top, ContentW, headH), Shade);
                p.setFont(m_fonts.tableHead);
                p.setPen(Ink);
                for (const Column &c : columns) {
                    paintText(p, QRectF(x + pad, top + pad, c.width - 2 * pad, headH - 2 * pad),
                        Qt::TextWordWrap | Qt::AlignVCenter | c.align, c.header);
                    x += c.width;
                }
                p.setPen(QPen(Ink, mm(0.3)));
                p.drawLine(QPointF(MarginX, top), QPointF(MarginX + ContentW, top));
                p.drawLine(QPointF(MarginX, top + headH), QPointF(MarginX + ContentW, top + headH));
            },
            -1, true});
        // Rows.
        for (const QList<Cell> &row : rows) {
            const bool group = row.size() == 1;
            qreal h = 0;
            if (group) {
                h = textHeight(m_fonts.smallBold, row[0].text, ContentW - 2 * pad);
            } else {
                for (int i = 0; i < columns.size() && i < row.size(); ++i) {
                    const QFont f = columns[i].mono ? m_fonts.monoCell : m_fonts.cell;
                    qreal ch = textHeight(f, row[i].text, columns[i].width - 2 * pad);
                    if (!row[i].sub.isEmpty())
                        ch += mm(0.6) + textHeight(m_fonts.monoSmall, row[i].sub, columns[i].width - 2 * pad);
                    h = std::max(h, ch);
                }
            }
            h += 2 * pad;
            add({h,
                [this, columns, row, group, h, pad](QPainter &p, qreal top) {
                    if (group) {
                        p.fillRect(QRectF(MarginX, top, ContentW, h), Shade);
                        p.setFont(m_fonts.smallBold);
                        p.setPen(Ink);
                        paintText(p, QRectF(MarginX + pad, top + pad, ContentW - 2 * pad, h - 2 * pad),
                            Qt::TextWordWrap | Qt::AlignVCenter, row[0].text);
                    } else {
                        qreal x = MarginX;
                        for (int i = 0; i < columns.size() && i < row.size(); ++i) {
                            const Column &c = columns[i];
                            const QRectF r(x + pad, top + pad, c.width - 2 * pad, h - 2 * pad);
                            const QFont f = c.mono ? m_fonts.monoCell : m_fonts.cell;
                            p.setFont(f);
                            p.setPen(Ink);
                            const Qt::Alignment valign = row[i].sub.isEmpty() ? Qt::AlignVCenter : Qt::AlignTop;
                            paintText(p, r, Qt::TextWordWrap | valign | c.align, row[i].text);
                            if (!row[i].sub.isEmpty()) {
                                const qreal th = textHeight(f, row[i].text, r.width());
                                p.setFont(m_fonts.monoSmall);
                                paintText(p, r.adjusted(0, th + mm(0.6), 0, 0),
                                    Qt::TextWordWrap | Qt::AlignTop | c.align, row[i].sub);
                            }
                            x += c.width;
                            if (i + 1 < columns.size()) {
                                p.setPen(QPen(Rule, mm(0.12)));
                                p.drawLine(QPointF(x, top), QPointF(x, top + h));
                            }
                        }
                    }
                    p.setPen(QPen(Rule, mm(0.15)));
                    p.drawLine(QPointF(MarginX, top + h), QPointF(MarginX + ContentW, top + h));
                    p.drawLine(QPointF(MarginX, top), QPointF(MarginX, top + h));
                    p.drawLine(QPointF(MarginX + ContentW, top), QPointF(MarginX + ContentW, top + h));
                },
                header, group}); // a group row stays with its first item
        }
    }

    // Signatures two by two, each in a box drawn from its strokes; then the seal.
    void signatures(const QList<CopySignature> &sigs)
    {
        const Lang &L = m_lang;
        const qreal gap = mm(6);
        const qreal cellW = (ContentW - gap) / 2;
        const qreal nameH = textHeight(m_fonts.bodyBold, QStringLiteral("Ag"), cellW) + mm(1);
        const qreal padH = mm(30);
        const qreal metaH = 2 * textHeight(m_fonts.small, QStringLiteral("Ag"), cellW) + mm(2);
        const qreal rowH = nameH + padH + metaH + mm(4);
        if (sigs.isEmpty()) {
            paragraph(
                L(QStringLiteral("署名の記録はありません。"), QStringLiteral("No signature recorded.")), m_fonts.body);
            return;
        }
        for (qsizetype i = 0; i < sigs.size(); i += 2) {
            QList<CopySignature> pair {sigs[i]};
            if (i + 1 < sigs.size())
                pair.append(sigs[i + 1]);
            add({rowH,
                [=, this](QPainter &p, qreal top) {
                    for (qsizetype k = 0; k < pair.size(); ++k) {
                        const CopySignature &s = pair[k];
                        const qreal x = MarginX + qreal(k) * (cellW + gap);
                        p.setPen(Ink);
                        p.setFont(m_fonts.bodyBold);
                        paintText(p, QRectF(x, top, cellW, nameH), Qt::AlignLeft | Qt::AlignVCenter,
                            roleLabel(s.role, L) + QStringLiteral("：") + s.name);
                        const QRectF box(x, top + nameH, cellW, padH);
                        p.setPen(QPen(Ink, mm(0.3)));
                        p.setBrush(Qt::NoBrush);
                        p.drawRect(box);
                        // The signing line, as on paper; the signature is drawn over it.
                        p.setPen(QPen(Rule, mm(0.12), Qt::DashLine));
                        p.drawLine(QPointF(box.left() + mm(4), box.bottom() - mm(6)),
                            QPointF(box.right() - mm(4), box.bottom() - mm(6)));
                        p.save();
                        p.setClipRect(box);
                        p.setPen(QPen(Ink));
                        paintSignature(p, s.strokes, box.adjusted(mm(3), mm(2), -mm(3), -mm(2)));
                        p.restore();
                        p.setPen(Ink);
                        p.setFont(m_fonts.small);
                        const QRectF meta(x, box.bottom() + mm(1), cellW, metaH);
                        paintText(p, meta, Qt::AlignLeft | Qt::AlignTop,
                            L(QStringLiteral("署名日時 "), QStringLiteral("Signed at ")) + formatJapanTime(s.atUtc));
                        const QString hashLine
                            = L(QStringLiteral("筆跡データ SHA-256 "), QStringLiteral("Strokes SHA-256 "))
                            + s.strokes.hash();
                        const QFont hf = fitted(m_fonts.monoSmall, hashLine, cellW);
                        p.setFont(hf);
                        paintText(p, meta.adjusted(0, metaH / 2, 0, 0), Qt::AlignLeft | Qt::AlignTop, hashLine);
                    }
                },
                -1, false});
        }
    }

    void seal(const CopySeal &seal)
    {
        const Lang &L = m_lang;
        const qreal boxSide = mm(24);
        QString text;
        switch (seal.kind) {
        case CopySeal::Kind::None:
            text = L(QStringLiteral("押印の記録はありません。"), QStringLiteral("No seal was recorded."));
            break;
        case CopySeal::Kind::AffixedOnPaper:
            text = L(QStringLiteral("紙の控えに押印済み（押印は紙の控えにあります）。"),
                QStringLiteral("Seal affixed on the paper copy."));
            break;
        case CopySeal::Kind::Image:
            text = L(QStringLiteral("押印の画像（右）。"), QStringLiteral("Image of the seal (right)."));
            break;
        }
        const QImage image = seal.kind == CopySeal::Kind::Image ? QImage::fromData(seal.image) : QImage();
        const qreal textW = ContentW - boxSide - mm(6);
        const QString hashLine = seal.kind == CopySeal::Kind::Image
            ? L(QStringLiteral("画像 SHA-256 "), QStringLiteral("Image SHA-256 ")) + seal.imageHash
            : QString();
        const QFont hashFont = fitted(m_fonts.monoSmall, hashLine, textW);
        const qreal textH = textHeight(m_fonts.body, text, textW);
        const qreal hashH = hashLine.isEmpty() ? 0 : textHeight(hashFont, hashLine, textW) + mm(1);
        const qreal h = std::max(boxSide, textH + hashH);
        add({h,
            [=, this](QPainter &p, qreal top) {
                p.setPen(Ink);
                p.setFont(m_fonts.body);
                const qreal y = top + (h - textH - hashH) / 2;
                paintText(p, QRectF(MarginX, y, textW, textH), Qt::TextWordWrap | Qt::AlignLeft, text);
                if (!hashLine.isEmpty()) {
                    p.setFont(hashFont);
                    paintText(p, QRectF(MarginX, y + textH + mm(1), textW, hashH), Qt::AlignLeft, hashLine);
                }
                const QRectF box(MarginX + ContentW - boxSide, top, boxSide, boxSide);
                p.setPen(QPen(Ink, mm(0.3)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(box);
                p.setFont(m_fonts.tiny);
                if (!image.isNull()) {
                    QSizeF s = image.size();
                    s.scale(box.size() - QSizeF(mm(2), mm(2)), Qt::KeepAspectRatio);
                    p.drawImage(QRectF(box.center() - QPointF(s.width() / 2, s.height() / 2), s), image);
                } else if (seal.kind == CopySeal::Kind::AffixedOnPaper) {
                    paintText(p, box, Qt::AlignCenter,
                        L(QStringLiteral("印\n（紙の控え）"), QStringLiteral("Seal\n(paper copy)")));
                } else {
                    paintText(p, box, Qt::AlignCenter, L(QStringLiteral("印なし"), QStringLiteral("no seal")));
                }
            },
            -1, false});
    }

    // Where each block goes: per page, the blocks with their tops (page breaks decided before painting).
    using Page = QList<std::pair<int, qreal>>;
    QList<Page> layout() const
    {
        QList<Page> pages {{}};
        qreal y = ContentTop;
        std::function<qreal(int)> need = [&](int i) -> qreal {
            // Space keeps with what follows it, so a heading keeps with the block after its space.
            const Block &b = m_blocks[i];
            const bool chained = b.keepWithNext || !b.paint;
            return b.height + (chained && i + 1 < m_blocks.size() ? need(i + 1) : 0);
        };
        for (int i = 0; i < m_blocks.size(); ++i) {
            const Block &b = m_blocks[i];
            if (!b.paint) { // vertical space: none at a page top
                if (y > ContentTop)
                    y += b.height;
                continue;
            }
            if (y > ContentTop && y + need(i) > ContentBottom) {
                pages.append(Page());
                y = ContentTop;
                if (b.repeatHeader >= 0) {
                    pages.last().append({b.repeatHeader, y});
                    y += m_blocks[b.repeatHeader].height;
                }
            }
            pages.last().append({i, y});
            y += b.height;
        }
        return pages;
    }

    // One laid-out page with its header and footer ("page n / count").
    void paintPage(QPainter &p, const Page &page, int n, int count, const QString &headerLeft,
        const QString &headerRight, const QString &recordHash) const
    {
        paintFrame(p, n, count, headerLeft, headerRight, recordHash);
        for (const auto &[index, top] : page)
            m_blocks[index].paint(p, top);
    }

    // Lays the blocks out on pages, then paints them with a header and a footer on every page.
    bool render(QPdfWriter &writer, QPainter &p, const QString &headerLeft, const QString &headerRight,
        const QString &recordHash) const
    {
        const QList<Page> pages = layout();
        const int count = int(pages.size());
        for (int n = 0; n < count; ++n) {
            if (n > 0 && !writer.newPage())
                return false;
            paintPage(p, pages[n], n + 1, count, headerLeft, headerRight, recordHash);
        }
        return true;
    }

private:
    void paintFrame(
        QPainter &p, int page, int count, const QString &left, const QString &right, const QString &recordHash) const
    {
        const Lang &L = m_lang;
        p.setPen(Ink);
        p.setFont(m_fonts.smallBold);
        const QRectF head(MarginX, HeaderTop, ContentW, HeaderBottom - HeaderTop - mm(1));
        paintText(p, head, Qt::AlignLeft | Qt::AlignBottom, left);
        p.setFont(m_fonts.small);
        paintText(p, head, Qt::AlignRight | Qt::AlignBottom, right);
        p.setPen(QPen(Ink, mm(0.3)));
        p.drawLine(QPointF(MarginX, HeaderBottom), QPointF(MarginX + ContentW, HeaderBottom));

        p.drawLine(QPointF(MarginX, FooterTop), QPointF(MarginX + ContentW, FooterTop));
        const QRectF foot(MarginX, FooterTop + mm(1), ContentW, FooterBottom - FooterTop - mm(1));
        const QString pageText
            = L(QStringLiteral("%1 / %2 ページ"), QStringLiteral("Page %1 / %2")).arg(page).arg(count);
        p.setPen(Ink);
        p.setFont(m_fonts.small);
        const qreal pageW = textWidth(m_fonts.small, pageText) + mm(2);
        paintText(p, foot, Qt::AlignRight | Qt::AlignTop, pageText);
        const QString label = L(QStringLiteral("記録ハッシュ（SHA-256） "), QStringLiteral("Record hash (SHA-256) "));
        const qreal labelW = textWidth(m_fonts.tiny, label);
        p.setFont(m_fonts.tiny);
        paintText(p, foot, Qt::AlignLeft | Qt::AlignTop, label);
        p.setFont(fitted(m_fonts.monoSmall, recordHash, ContentW - pageW - labelW));
        paintText(p, foot.adjusted(labelW, 0, 0, 0), Qt::AlignLeft | Qt::AlignTop, recordHash);
    }

    QPaintDevice *m_device;
    Fonts m_fonts;
    Lang m_lang;
    QList<Block> m_blocks;
};

// ---------------------------------------------------------------------------------------------------
// The two documents.
// ---------------------------------------------------------------------------------------------------

struct Titles {
    QString title; // in the copy's language
    QString subtitle; // in the other language
    QString header; // short, for the page header
    QString intro;
};

PdfError checkArguments(const CopyHeader &h, QIODevice *device)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return PdfError::NoGuiApplication;
    if (device == nullptr || !device->isWritable())
        return PdfError::DeviceNotWritable;
    if (h.recordHash.isEmpty())
        return PdfError::MissingRecordHash;
    return PdfError::None;
}

// Title, parties and the QR code: the top of the first page, shared by both copies.
void addFront(Document &doc, const CopyHeader &h, const Titles &t, const QString &staffLabel,
    const QList<std::pair<QString, QString>> &extraRows, const QrMatrix &qr)
{
    const Lang &L = doc.lang();
    const Fonts &f = doc.fonts();
    const qreal titleH = doc.textHeight(f.title, t.title, ContentW);
    const qreal subH = doc.textHeight(f.subtitle, t.subtitle, ContentW);
    doc.add({titleH + subH + mm(3.5),
        [f, t, titleH, subH](QPainter &p, qreal top) {
            p.setPen(Ink);
            p.setFont(f.title);
            paintText(p, QRectF(MarginX, top, ContentW, titleH), Qt::AlignHCenter | Qt::AlignTop, t.title);
            p.setFont(f.subtitle);
            paintText(p, QRectF(MarginX, top + titleH + mm(1.5), ContentW, subH), Qt::AlignHCenter | Qt::AlignTop,
                t.subtitle);
        },
        -1, false});
    doc.space(mm(2));
    doc.paragraph(t.intro, f.small);
    doc.space(mm(2));

    auto idSuffix = [&L](const QString &id) {
        return id.isEmpty() ? QString() : L(QStringLiteral("（ID：%1）"), QStringLiteral(" (ID: %1)")).arg(id);
    };
    QList<std::pair<QString, QString>> rows {
        {L(QStringLiteral("お客様"), QStringLiteral("Customer")), h.customerName + idSuffix(h.customerId)},
        {L(QStringLiteral("契約番号"), QStringLiteral("Contract")), h.contractId},
        {staffLabel, h.staffName + idSuffix(h.staffId)},
        {L(QStringLiteral("商品"), QStringLiteral("Product")), h.productName.in(h.language)},
    };
    rows += extraRows;
    const int firstMono = int(rows.size()) + 1;
    rows += {
        {L(QStringLiteral("説明内容（版）"), QStringLiteral("Content pack (version)")),
            h.packId + QStringLiteral("  ") + h.packVersion},
        {L(QStringLiteral("説明内容のハッシュ"), QStringLiteral("Content pack hash")), h.packHash},
        {L(QStringLiteral("記録ハッシュ"), QStringLiteral("Record hash")), h.recordHash},
        {L(QStringLiteral("控えの発行日時"), QStringLiteral("Copy issued at")), formatJapanTime(h.generatedAtUtc)},
    };
    const QSet<int> monoRows {firstMono, firstMono + 1};
    const qreal qrSide = mm(40);
    const QString qrCaption = L(QStringLiteral("記録ハッシュの QR コード"), QStringLiteral("QR code: record hash"));
    doc.keyValues(rows, monoRows, qrSide, [qr, qrCaption, f](QPainter &p, const QRectF &r) {
        const QRectF code = r.adjusted(0, 0, 0, -mm(4));
        p.fillRect(code, Qt::white);
        p.setPen(Qt::NoPen);
        p.setBrush(Ink);
        p.drawPath(qr.path(code));
        p.setBrush(Qt::NoBrush);
        p.setPen(Ink);
        p.setFont(f.tiny);
        paintText(
            p, QRectF(r.left() - mm(4), r.bottom() - mm(4), r.width() + mm(8), mm(4)), Qt::AlignCenter, qrCaption);
    });
    doc.space(mm(2.5));
    doc.paragraph(L(QStringLiteral("時刻はすべて日本時間（Asia/Tokyo、UTC+09:00）で表示しています。"),
                      QStringLiteral("All times are Japan time (Asia/Tokyo, UTC+09:00).")),
        f.small);
    doc.space(mm(4));
}

void addClosing(Document &doc, const QList<CopySignature> &signatures, const CopySeal &seal)
{
    const Lang &L = doc.lang();
    doc.space(mm(5));
    doc.heading(L(QStringLiteral("署名"), QStringLiteral("Signatures")));
    doc.space(mm(2));
    doc.signatures(signatures);
    doc.space(mm(3));
    doc.heading(L(QStringLiteral("押印"), QStringLiteral("Seal")));
    doc.space(mm(2));
    doc.seal(seal);
    doc.space(mm(5));
    doc.heading(L(QStringLiteral("この控えの確かめ方"), QStringLiteral("How to check this copy")));
    doc.space(mm(1.5));
    doc.paragraph(
        L(QStringLiteral("記録ハッシュは、タブレットで記録した内容（表示・確認の時刻、署名の筆跡、説明内容の版）から"
                         "計算した値です。QR コードと各ページ下部の値は同じです。本部は同じ値で記録を照合できます。"
                         "内容が一文字でも変わると、値は一致しません。"),
            QStringLiteral("The record hash is computed from what the tablet recorded (the times items were shown "
                           "and confirmed, the signature strokes, the content version). The QR code and the value "
                           "at the foot of every page are the same; head office checks the record against it. "
                           "Any change to the record changes the value.")),
        doc.fonts().small);
}

// The page header's right side: the contract and whose copy it is.
QString headerRight(const Lang &L, const CopyHeader &h)
{
    return L(QStringLiteral("契約番号 %1 ／ お客様控え"), QStringLiteral("Contract %1 / customer's copy"))
        .arg(h.contractId);
}

bool finish(QPdfWriter &writer, QPainter &painter, Document &doc, const Titles &t, const CopyHeader &h)
{
    const bool painted = doc.render(writer, painter, t.header, headerRight(doc.lang(), h), h.recordHash);
    return painter.end() && painted;
}

void setUp(QPdfWriter &writer, const CopyHeader &h, const QString &title)
{
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(Dpi);
    writer.setTitle(title + QStringLiteral(" ") + h.contractId);
    writer.setCreator(QStringLiteral("Kakunin"));
}

Titles walkthroughTitles(const Lang &L)
{
    return {L(QStringLiteral("重要事項説明書（お客様控え）"), QStringLiteral("Important Matters: Customer's Copy")),
        L(QStringLiteral("Important matters explained: customer's copy"),
            QStringLiteral("重要事項説明書（お客様控え）")),
        L(QStringLiteral("重要事項説明書（控え）"), QStringLiteral("Important matters (copy)")),
        L(QStringLiteral("営業担当がお客様と一項目ずつ説明・確認した重要事項と、その時刻、署名の控えです。"),
            QStringLiteral("The important matters the sales representative went through with you item by item, "
                           "when each was shown and confirmed, and the signatures."))};
}

// The walkthrough copy as blocks, for the PDF and its preview alike.
void buildWalkthrough(Document &doc, const WalkthroughCopy &copy, const Titles &t, const QrMatrix &qr)
{
    const CopyHeader &h = copy.header;
    const Lang &L = doc.lang();
    addFront(doc, h, t, L(QStringLiteral("営業担当"), QStringLiteral("Sales representative")), {}, qr);

    doc.heading(L(QStringLiteral("説明を受け、確認した事項"), QStringLiteral("Items explained and confirmed")));
    doc.space(mm(1.5));
    const QString shown = L(QStringLiteral("説明"), QStringLiteral("Shown"));
    const QString confirmed = L(QStringLiteral("確認"), QStringLiteral("Confirmed"));
    const QList<Column> columns {
        {QStringLiteral("No."), mm(9), false, Qt::AlignHCenter},
        {L(QStringLiteral("項目"), QStringLiteral("Item")), 0, false, Qt::AlignLeft},
        {L(QStringLiteral("説明・お客様の確認の日時"), QStringLiteral("Shown / confirmed by the customer")),
            mm(L.en ? 55 : 48), true, Qt::AlignLeft},
        {L(QStringLiteral("確認"), QStringLiteral("Status")), mm(L.en ? 23 : 17), false, Qt::AlignHCenter},
    };
    QList<QList<Cell>> rows;
    int n = 0;
    for (const WalkthroughItem &item : copy.items) {
        const bool done = item.shownAtUtc && item.confirmedAtUtc;
        rows.append({{QString::number(++n), {}}, {item.title.in(h.language), item.id},
            {timePair(shown, item.shownAtUtc, confirmed, item.confirmedAtUtc), {}},
            {done ? L(QStringLiteral("確認済"), QStringLiteral("Confirmed"))
                  : L(QStringLiteral("未確認"), QStringLiteral("NOT confirmed")),
                {}}});
    }
    doc.table(columns, rows);
    doc.space(mm(3));
    doc.paragraph(copy.noGuaranteeAttestedAtUtc
            ? L(QStringLiteral("営業担当は、集客・売上・成果を保証する説明をしていないことを表明しました（%1）。"),
                QStringLiteral("The sales representative attested that no guarantee of customers, sales or results "
                               "was given (%1)."))
                  .arg(formatJapanTime(*copy.noGuaranteeAttestedAtUtc))
            : L(QStringLiteral("営業担当による「保証をしていない」旨の表明は記録されていません。"),
                QStringLiteral("No attestation by the sales representative that no guarantee was given is recorded.")),
        doc.fonts().body);

    addClosing(doc, copy.signatures, copy.seal);
}

Titles deliveryTitles(const Lang &L)
{
    return {L(QStringLiteral("納品確認書（お客様控え）"), QStringLiteral("Delivery Confirmation: Customer's Copy")),
        L(QStringLiteral("Delivery confirmation: customer's copy"), QStringLiteral("納品確認書（お客様控え）")),
        L(QStringLiteral("納品確認書（控え）"), QStringLiteral("Delivery confirmation (copy)")),
        L(QStringLiteral("納品担当がお客様の事業所で行った操作レクチャーの講習時間と、機能ごとに説明した項目・"
                         "お客様が理解した項目とその時刻、署名の控えです。"),
            QStringLiteral("The on-site lecture the installer gave you: its running time, every item taught and "
                           "understood with its time, feature by feature, and the signatures."))};
}

// The delivery copy as blocks, for the PDF and its preview alike.
void buildDelivery(Document &doc, const DeliveryCopy &copy, const Titles &t, const QrMatrix &qr)
{
    const CopyHeader &h = copy.header;
    const Lang &L = doc.lang();

    const bool meets = copy.lectureRunningMs >= copy.minimumMs;
    const QString level = copy.level == LectureLevel::Extended ? L(QStringLiteral("拡張（基本操作からの丁寧な講習）"),
                              QStringLiteral("Extended (includes basic PC operation)"))
                                                               : L(QStringLiteral("標準"), QStringLiteral("Standard"));
    const QString running
        = L(QStringLiteral("%1（最低 %2）、%3"), QStringLiteral("%1 (minimum %2): %3"))
              .arg(formatDuration(copy.lectureRunningMs), formatDuration(copy.minimumMs),
                  meets ? L(QStringLiteral("最低時間を満たしています"), QStringLiteral("meets the minimum"))
                        : L(QStringLiteral("最低時間に達していません"), QStringLiteral("BELOW the minimum")));
    addFront(doc, h, t, L(QStringLiteral("納品担当"), QStringLiteral("Installer")),
        {{L(QStringLiteral("講習レベル"), QStringLiteral("Lecture level")), level},
            {L(QStringLiteral("講習時間（実時間）"), QStringLiteral("Lecture running time")), running},
            {L(QStringLiteral("講習の開始・終了"), QStringLiteral("Lecture start / end")),
                timePair(L(QStringLiteral("開始"), QStringLiteral("Start")), copy.lectureStartedAtUtc,
                    L(QStringLiteral("終了"), QStringLiteral("End")), copy.lectureEndedAtUtc)}},
        qr);
    doc.paragraph(L(QStringLiteral("講習時間は、一時停止中を除いて講習が行われていた時間です（時:分:秒）。"
                                   "タブレットの時計を変えても変わらない計測方法で記録しています。"),
                      QStringLiteral("The running time counts only while the lecture ran, pauses excluded "
                                     "(hours:minutes:seconds), measured with a clock that changing the tablet's "
                                     "time cannot move.")),
        doc.fonts().small);
    doc.space(mm(3));

    doc.heading(L(QStringLiteral("説明した項目と理解の確認"), QStringLiteral("Items taught and understood")));
    doc.space(mm(1.5));
    const QString taught = L(QStringLiteral("説明"), QStringLiteral("Taught"));
    const QString understood = L(QStringLiteral("理解"), QStringLiteral("Understood"));
    const QList<Column> columns {
        {QStringLiteral("No."), mm(9), false, Qt::AlignHCenter},
        {L(QStringLiteral("項目"), QStringLiteral("Item")), 0, false, Qt::AlignLeft},
        {L(QStringLiteral("説明・理解の日時"), QStringLiteral("Taught (installer) / understood (customer)")),
            mm(L.en ? 57 : 48), true, Qt::AlignLeft},
        {L(QStringLiteral("確認"), QStringLiteral("Status")), mm(L.en ? 23 : 17), false, Qt::AlignHCenter},
    };
    QList<QList<Cell>> rows;
    int n = 0;
    for (const DeliveryCategory &c : copy.categories) {
        rows.append({{c.feature.in(h.language) + QStringLiteral(" ／ ") + c.operation.in(h.language), {}}});
        for (const DeliveryItem &item : c.items) {
            const bool done = item.taughtAtUtc && item.understoodAtUtc;
            const QString text = item.text.in(h.language)
                + (item.extended ? L(QStringLiteral("（拡張）"), QStringLiteral(" (extended)")) : QString());
            rows.append({{QString::number(++n), {}}, {text, item.id},
                {timePair(taught, item.taughtAtUtc, understood, item.understoodAtUtc), {}},
                {done ? L(QStringLiteral("理解済"), QStringLiteral("Understood"))
                      : L(QStringLiteral("未確認"), QStringLiteral("NOT confirmed")),
                    {}}});
        }
    }
    doc.table(columns, rows);

    addClosing(doc, copy.signatures, copy.seal);
}

using BuildCopy = std::function<void(Document &, const Titles &, const QrMatrix &)>;

PdfError writePdf(const CopyHeader &h, const Titles &t, const BuildCopy &build, QIODevice *device)
{
    if (const PdfError e = checkArguments(h, device); e != PdfError::None)
        return e;
    const QrMatrix qr = QrMatrix::encode(h.recordHash.toUtf8());
    if (qr.isNull())
        return PdfError::QrEncodingFailed;
    QPdfWriter writer(device);
    setUp(writer, h, t.header);
    QPainter painter;
    if (!painter.begin(&writer))
        return PdfError::PaintFailed;
    painter.setRenderHint(QPainter::Antialiasing);
    Document doc(&writer, makeFonts(), Lang {h.language == QLatin1String("en")});
    build(doc, t, qr);
    return finish(writer, painter, doc, t, h) ? PdfError::None : PdfError::PaintFailed;
}

QList<QImage> renderPreview(const CopyHeader &h, const Titles &t, const BuildCopy &build, int dpi, int maxPages)
{
    QBuffer sink; // the layout is measured on a PDF writer, so lines and pages break exactly as in the PDF
    sink.open(QIODevice::WriteOnly);
    if (checkArguments(h, &sink) != PdfError::None || dpi < 24 || dpi > Dpi || maxPages < 1)
        return {};
    const QrMatrix qr = QrMatrix::encode(h.recordHash.toUtf8());
    if (qr.isNull())
        return {};
    const Lang L {h.language == QLatin1String("en")};
    QPdfWriter writer(&sink);
    setUp(writer, h, t.header);
    Document doc(&writer, makeFonts(), L);
    build(doc, t, qr);

    const QList<Document::Page> pages = doc.layout();
    const int count = int(pages.size());
    const qreal scale = qreal(dpi) / Dpi;
    QList<QImage> images;
    for (int n = 0; n < std::min(count, maxPages); ++n) {
        QImage image(qRound(PageW * scale), qRound(PageH * scale), QImage::Format_RGB32);
        // The image claims the writer's resolution while painting, so fonts in points get the PDF's sizes.
        image.setDotsPerMeterX(qRound(Dpi / 0.0254));
        image.setDotsPerMeterY(qRound(Dpi / 0.0254));
        image.fill(Qt::white);
        QPainter p(&image);
        p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        p.scale(scale, scale);
        doc.paintPage(p, pages[n], n + 1, count, t.header, headerRight(L, h), h.recordHash);
        p.end();
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        images.append(image);
    }
    return images;
}

} // namespace

QString pdfTextFontFamily()
{
    return firstInstalled({QStringLiteral("BIZ UDPGothic"), QStringLiteral("BIZ UDGothic"),
        QStringLiteral("Droid Sans Fallback"), QStringLiteral("Noto Sans CJK JP")});
}

QString pdfMonoFontFamily()
{
    return firstInstalled({QStringLiteral("BIZ UDGothic"), QStringLiteral("DejaVu Sans Mono")});
}

PdfError writeWalkthroughPdf(const WalkthroughCopy &copy, QIODevice *device)
{
    const Titles t = walkthroughTitles(Lang {copy.header.language == QLatin1String("en")});
    return writePdf(
        copy.header, t,
        [&copy](Document &doc, const Titles &tt, const QrMatrix &qr) { buildWalkthrough(doc, copy, tt, qr); }, device);
}

QList<QImage> renderWalkthroughPreview(const WalkthroughCopy &copy, int dpi, int maxPages)
{
    const Titles t = walkthroughTitles(Lang {copy.header.language == QLatin1String("en")});
    return renderPreview(
        copy.header, t,
        [&copy](Document &doc, const Titles &tt, const QrMatrix &qr) { buildWalkthrough(doc, copy, tt, qr); }, dpi,
        maxPages);
}

PdfError writeDeliveryPdf(const DeliveryCopy &copy, QIODevice *device)
{
    const Titles t = deliveryTitles(Lang {copy.header.language == QLatin1String("en")});
    return writePdf(
        copy.header, t,
        [&copy](Document &doc, const Titles &tt, const QrMatrix &qr) { buildDelivery(doc, copy, tt, qr); }, device);
}

QList<QImage> renderDeliveryPreview(const DeliveryCopy &copy, int dpi, int maxPages)
{
    const Titles t = deliveryTitles(Lang {copy.header.language == QLatin1String("en")});
    return renderPreview(
        copy.header, t,
        [&copy](Document &doc, const Titles &tt, const QrMatrix &qr) { buildDelivery(doc, copy, tt, qr); }, dpi,
        maxPages);
}

const char *pdfErrorName(PdfError e)
{
    switch (e) {
    case PdfError::None:
        return "none";
    case PdfError::NoGuiApplication:
        return "no_gui_application";
    case PdfError::DeviceNotWritable:
        return "device_not_writable";
    case PdfError::MissingRecordHash:
        return "missing_record_hash";
    case PdfError::QrEncodingFailed:
        return "qr_encoding_failed";
    case PdfError::PaintFailed:
        return "paint_failed";
    }
    return "unknown";
}

} // namespace kakunin::evidence
