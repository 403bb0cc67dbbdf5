# Customer copies (控え) as PDF, and the QR code of the record hash (docs/evidence.md).
target_sources(evidence PRIVATE customercopy.cpp customercopy.h pdfcopy.cpp pdfcopy.h qrcode.cpp qrcode.h)
