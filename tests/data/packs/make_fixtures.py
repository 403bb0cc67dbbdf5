#!/usr/bin/env python3
"""Writes the content-pack fixtures of tests/core/content: one valid minimal pack and, from it,
one bad pack per loader error, each differing from minimal.json in exactly one place."""
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def t(ja, en):
    return {"ja": ja, "en": en}


MINIMAL = {
    "format": 1,
    "id": "test-pack",
    "version": "1.0.0",
    "productCode": "test-product",
    "productName": t("テスト商品", "Test product"),
    "importantMatters": [
        {"id": "m-no-guarantee", "kind": "no_guarantee", "title": t("保証はありません", "No guarantee"),
         "body": t("成果の保証はありません。", "Results are not guaranteed."),
         "confirmation": t("理解しました。", "I understand.")},
        {"id": "m-antisocial", "kind": "antisocial_declaration", "title": t("表明", "Declaration"),
         "body": t("反社会的勢力ではないことを表明します。", "You declare you are not an antisocial force."),
         "confirmation": t("表明します。", "I declare it.")},
    ],
    "lecture": [
        {"id": "c-basics", "feature": t("基本", "Basics"), "operation": t("起動", "Start-up"),
         "items": [
             {"id": "i-start", "level": "standard", "minutes": 10, "text": t("起動する", "Start it")},
             {"id": "i-power", "level": "extended", "minutes": 5, "text": t("電源を入れる", "Turn it on")},
         ]},
    ],
    "callScript": [
        {"id": "q-c1", "stage": "C1", "text": t("保証はありましたか。", "Was anything guaranteed?")},
        {"id": "q-c2", "stage": "C2", "text": t("レクチャーはありましたか。", "Was there a lecture?")},
        {"id": "q-c3", "stage": "C3", "text": t("使いましたか。", "Did you use it?")},
    ],
}


def write(name, pack):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(pack, f, ensure_ascii=False, indent=2)
        f.write("\n")


def variant(name, mutate):
    p = copy.deepcopy(MINIMAL)
    mutate(p)
    write(name, p)


write("minimal.json", MINIMAL)
variant("missing_translation.json", lambda p: p["importantMatters"][0]["title"].pop("en"))
variant("duplicate_id.json", lambda p: p["callScript"][2].update(id="m-antisocial"))
variant("missing_mandatory.json", lambda p: p["importantMatters"][1].update(kind="general"))
variant("unknown_level.json", lambda p: p["lecture"][0]["items"][1].update(level="expert"))
variant("unknown_kind.json", lambda p: p["importantMatters"][1].update(kind="warranty"))
variant("unknown_stage.json", lambda p: p["callScript"][1].update(stage="C4"))
variant("wrong_type.json", lambda p: p["lecture"][0]["items"][0].update(minutes="10"))
variant("unsupported_format.json", lambda p: p.update(format=2))
variant("extra_field.json", lambda p: p["importantMatters"][0].update(tilte=t("誤字", "typo")))
variant("bad_minutes.json", lambda p: p["lecture"][0]["items"][0].update(minutes=0))

# What json.dump cannot write: a fraction that Qt would read as the integer 10, a repeated member,
# and text that is not JSON at all.
with open(os.path.join(HERE, "minimal.json"), encoding="utf-8") as f:
    text = f.read()
with open(os.path.join(HERE, "float.json"), "w", encoding="utf-8") as f:
    f.write(text.replace('"minutes": 10,', '"minutes": 10.0,', 1))
with open(os.path.join(HERE, "duplicate_key.json"), "w", encoding="utf-8") as f:
    f.write(text.replace('"kind": "no_guarantee",', '"kind": "no_guarantee",\n      "kind": "general",', 1))
with open(os.path.join(HERE, "not_json.json"), "w", encoding="utf-8") as f:
    f.write(text[: len(text) // 2])
