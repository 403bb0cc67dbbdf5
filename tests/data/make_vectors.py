#!/usr/bin/env python3
"""Independent reference for docs/canonical-json.md: writes the test vectors the C++ code is checked against.

Canonical JSON here is RFC 8785 limited to integers: keys sorted by UTF-16 code units, no whitespace,
strings escaped only where JSON requires it (\\b \\t \\n \\f \\r, other controls as \\u00xx lowercase).
"""
import hashlib
import json
import sys

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives import serialization

ESC = {'"': '\\"', '\\': '\\\\', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r'}


def canon(v):
    if v is None:
        return 'null'
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, int):
        assert abs(v) <= 2**53 - 1
        return str(v)
    if isinstance(v, float):
        assert v.is_integer() and abs(v) <= 2**53 - 1
        return str(int(v))
    if isinstance(v, str):
        out = []
        for ch in v:
            if ch in ESC:
                out.append(ESC[ch])
            elif ord(ch) < 0x20:
                out.append('\\u%04x' % ord(ch))
            else:
                out.append(ch)
        return '"' + ''.join(out) + '"'
    if isinstance(v, list):
        return '[' + ','.join(canon(x) for x in v) + ']'
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: k.encode('utf-16-be'))
        return '{' + ','.join(canon(k) + ':' + canon(v[k]) for k in keys) + '}'
    raise TypeError(type(v))


CASES = [
    ('empty object', '{}'),
    ('key order', '{"b":1,"a":2,"c":{"z":true,"y":false,"x":null}}'),
    ('whitespace removed', '{ "a" : [ 1 , 2 , 3 ] ,\n "b" : "x" }'),
    ('integers', '{"zero":0,"neg":-42,"max":9007199254740991,"min":-9007199254740991,"one":1.0,"big":1e3}'),
    ('escapes', '{"s":"quote\\" backslash\\\\ slash/ tab\\t nl\\n cr\\r bs\\b ff\\f ctl\\u0001\\u001f del\\u007f"}'),
    ('unicode kept as UTF-8', '{"name":"山田 太郎","shop":"カフェ・ド・確認","emoji":"\\ud83d\\ude00","ls":"\\u2028"}'),
    ('utf-16 key order', '{"\\ud83d\\ude00":1,"\\uffff":2,"a":3,"\\u00e9":4,"A":5}'),
    ('nested arrays', '{"a":[[],[{}],[[1,[2,[3]]]]],"b":[]}'),
    ('japanese keys', '{"住所":"東京都","名前":"佐藤","電話":"03-0000-0000"}'),
]


def main():
    vectors = []
    for name, text in CASES:
        c = canon(json.loads(text))
        vectors.append({'name': name, 'input': text, 'canonical': c,
                        'sha256': hashlib.sha256(c.encode('utf-8')).hexdigest()})
    invalid = [
        ('fraction', '{"a":1.5}', 'non_integer_number'),
        ('too large', '{"a":9007199254740992}', 'integer_out_of_range'),
        ('exponent fraction', '{"a":1e-3}', 'non_integer_number'),
        ('lone surrogate', '{"a":"\\ud800"}', 'lone_surrogate'),
    ]
    seed = bytes(range(32))
    key = Ed25519PrivateKey.from_private_bytes(seed)
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    content = {
        'id': '6f1c2b1e-3b0a-4c3e-9a4f-2d7c1e0b5a91', 'device': 'b0d1c2e3-0000-4000-8000-000000000001',
        'seq': 1, 'at': 1767225600000, 'mono': 123456, 'boot': 'boot-1', 'actor': 'rep-001',
        'type': 'customer.registered', 'aggregate': 'cust-0001',
        'payload': {'name': '山田 太郎', 'business': '山田工務店', 'phone': '03-1234-5678'},
        'prev': '0' * 64,
    }
    c = canon(content)
    h = hashlib.sha256(c.encode('utf-8')).hexdigest()
    sig = key.sign(bytes.fromhex(h))
    event = {'seed': seed.hex(), 'publicKey': pub.hex(), 'content': content, 'canonical': c, 'hash': h,
             'signature': sig.hex()}
    json.dump({'canonical': vectors, 'invalid': [{'name': n, 'input': t, 'error': e} for n, t, e in invalid],
               'event': event}, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
