#!/usr/bin/env python3
"""Fills assets/i18n/*.ts from the glossary below after `lupdate` added new source texts.

English is the source language: kakunin_en.ts gets identity translations (with plural forms),
kakunin_ja.ts the Japanese below plus every scripts/dev/glossary/*.json (source text → Japanese, or a list
of one plural form), one file per screen. A source text missing from the glossary stays unfinished, and
the i18n test reports it.
"""
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

JA = {
    "Kakunin": "確認",
    "Lock": "ロック",
    "Today's visits": "本日の訪問",
    "No appointments today.": "本日の訪問予定はありません。",
    "My customers": "担当のお客様",
    "No customers on this tablet yet.": "このタブレットにはまだお客様の記録がありません。",
    "Head office": "本部",
    "This tablet is not connected to head office yet. Records stay encrypted on the tablet.":
        "このタブレットはまだ本部と接続されていません。記録は暗号化されてタブレット内に保存されています。",
    "Device %1 · %n record(s) on this tablet": ["端末 %1 · このタブレットの記録 %n 件"],
    "Compliant sales and delivery records": "適正な販売・納品の記録",
    "Welcome. Choose a PIN of at least 6 digits to protect the records on this tablet.":
        "ようこそ。このタブレットの記録を守るため、6桁以上の暗証番号を決めてください。",
    "Enter the same PIN again to confirm it.": "確認のため、同じ暗証番号をもう一度入力してください。",
    "Enter your PIN to unlock.": "暗証番号を入力してロックを解除してください。",
    "Setting up the encrypted store…": "暗号化された保存領域を準備しています…",
    "Unlocking…": "ロックを解除しています…",
    "Passphrase": "パスフレーズ",
    "Continue": "次へ",
    "Unlock": "ロック解除",
    "Use a passphrase instead": "暗証番号の代わりにパスフレーズを使う",
    "Enter PIN": "暗証番号を入力",
    "Delete last digit": "1文字削除",
    "OK": "OK",
    "The two PINs do not match.": "2回入力した暗証番号が一致しません。",
    "Too many wrong PINs. Try again in %n second(s).": ["暗証番号の誤りが続いたため、%n 秒後に再度お試しください。"],
    "That PIN is not correct (%n failed attempt(s)).": ["暗証番号が正しくありません（%n 回失敗）。"],
    "Use at least 6 digits, or a passphrase of at least 8 characters.":
        "6桁以上の数字、または8文字以上のパスフレーズを使ってください。",
    "That PIN is not correct.": "暗証番号が正しくありません。",
    "Too many wrong PINs. Please wait before trying again.": "暗証番号の誤りが続きました。しばらく待ってから再度お試しください。",
    "This tablet has no data yet. Set a PIN to start.": "このタブレットにはまだデータがありません。暗証番号を設定して始めてください。",
    "This tablet is already set up. Enter your PIN.": "このタブレットは設定済みです。暗証番号を入力してください。",
    "The key for this tablet's data is missing. Contact head office; do not reset the tablet.":
        "このタブレットのデータを開く鍵が見つかりません。タブレットを初期化せず、本部に連絡してください。",
    "The key for this tablet's data is damaged. Contact head office; do not reset the tablet.":
        "このタブレットのデータを開く鍵が壊れています。タブレットを初期化せず、本部に連絡してください。",
    "The app was started without its encryption library and refuses to run. Reinstall the app.":
        "暗号化ライブラリなしで起動されたため、アプリを実行できません。アプリを再インストールしてください。",
    "The data on this tablet is damaged or was altered. Nothing was changed. Contact head office.":
        "このタブレットのデータが破損しているか、改ざんされています。データは変更していません。本部に連絡してください。",
    "This data was written by a newer version of the app. Update the app.":
        "このデータは新しいバージョンのアプリで作成されています。アプリを更新してください。",
    "The data could not be upgraded. Nothing was changed. Contact head office.":
        "データを更新できませんでした。データは変更していません。本部に連絡してください。",
    "The tablet's storage could not be read or written.": "タブレットの保存領域を読み書きできませんでした。",
    "This record is incomplete and was not saved.": "この記録は不完全なため保存されませんでした。",
    "The key could not be saved on this tablet. Nothing was set up.":
        "このタブレットに鍵を保存できませんでした。設定は行われていません。",
    "Unexpected error.": "予期しないエラーが発生しました。",
    "Sign here with your finger or pen": "指またはペンでここに署名してください",
    "Undo stroke": "1画戻す",
    "Clear": "消去",
    "Please sign in the box first.": "枠の中に署名してください。",
    "This signature is too small. Please sign with your full name.": "署名が小さすぎます。氏名をはっきりとご記入ください。",
    "The signature could not be read. Please clear it and sign again.": "署名を読み取れませんでした。消去してもう一度ご署名ください。",
    "%n customer(s)": ["%n 名"],
    "Search by name or business": "お名前・屋号で検索",
    "No customer matches “%1”.": "「%1」に該当するお客様はいません。",
    "%1 · %2": "%1 · %2",
    "Screening passed": "審査通過",
    "Screening passed with conditions": "条件付きで審査通過",
    "Screening refused": "審査の結果、契約対象外",
    "Not screened yet": "審査未実施",
    "Profile sheet to fill in": "経歴シート未記入",
    "Screening to do": "審査待ち",
    "No contract possible": "契約できません",
    "Ready for the explanation": "重要事項説明へ進めます",
}

# The head-office console (kakunin-hq) has its own files, assets/i18n/console_*.ts, filled from
# glossary/console.json alone; the tablet's files never take words from it.
CONSOLE_GLOSSARY = Path(__file__).parent / "glossary" / "console.json"

for glossary in sorted((Path(__file__).parent / "glossary").glob("*.json")):
    if glossary.name == CONSOLE_GLOSSARY.name:
        continue
    JA.update(json.loads(glossary.read_text(encoding="utf-8")))

CONSOLE_JA = json.loads(CONSOLE_GLOSSARY.read_text(encoding="utf-8")) if CONSOLE_GLOSSARY.exists() else {}


def english_plural(source):
    singular = re.sub(r"\((\w+)\)", "", source).replace("(s)", "")
    plural = source.replace("(s)", "s")
    return [singular, plural]


def fill(path: Path, language: str, glossary=None) -> int:
    glossary = JA if glossary is None else glossary
    tree = ET.parse(path)
    missing = 0
    for message in tree.iter("message"):
        source = message.findtext("source")
        tr = message.find("translation")
        numerus = message.get("numerus") == "yes"
        value = source if language == "en" else glossary.get(source)
        if value is None:
            missing += 1
            print(f"{path.name}: no translation for {source!r}", file=sys.stderr)
            continue
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        tr.attrib.pop("type", None)
        if numerus:
            forms = english_plural(source) if language == "en" else (value if isinstance(value, list) else [value])
            for form in forms:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    root = Path(__file__).resolve().parents[2] / "assets" / "i18n"
    missing = fill(root / "kakunin_ja.ts", "ja") + fill(root / "kakunin_en.ts", "en")
    if (root / "console_ja.ts").exists():
        missing += fill(root / "console_ja.ts", "ja", CONSOLE_JA) + fill(root / "console_en.ts", "en", CONSOLE_JA)
    sys.exit(1 if missing else 0)
