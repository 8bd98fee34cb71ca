package tokenizer

import "unicode/utf8"

// seqLen returns how b's UTF-8 sequence at its start fares: n > 0 with
// complete true when b[:n] is one valid encoded character; otherwise n is the
// length of the maximal valid prefix (at least 1), and complete is false.
// When that prefix reaches the end of b, more bytes might still complete it
// (truncated is true).
func seqLen(b []byte) (n int, complete, truncated bool) {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c < 0x80:
		return 1, true, false
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lo = 0xA0
		} else if c == 0xED {
			hi = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lo = 0x90
		} else if c == 0xF4 {
			hi = 0x8F
		}
	default:
		return 1, false, false
	}
	for k := 1; k <= need; k++ {
		if k >= len(b) {
			return k, false, true
		}
		if b[k] < lo || b[k] > hi {
			return k, false, false
		}
		lo, hi = 0x80, 0xBF
	}
	return need + 1, true, false
}

// appendLossy appends b to dst as valid UTF-8, each maximal invalid
// subsequence replaced by one U+FFFD (the WHATWG / Unicode "maximal subpart"
// practice that Rust's String::from_utf8_lossy and Python's
// errors="replace" follow). When final is false, an incomplete character at
// the end of b is held back: consumed tells how many bytes were used.
func appendLossy(dst, b []byte, final bool) (out []byte, consumed int) {
	i := 0
	for i < len(b) {
		if b[i] < utf8.RuneSelf {
			dst = append(dst, b[i])
			i++
			continue
		}
		n, complete, truncated := seqLen(b[i:])
		switch {
		case complete:
			dst = append(dst, b[i:i+n]...)
		case truncated && !final:
			return dst, i
		default:
			dst = utf8.AppendRune(dst, utf8.RuneError)
		}
		i += n
	}
	return dst, i
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for i < len(s), with the
// two- and three-byte forms (Latin, Cyrillic, CJK, ...) decoded inline.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) {
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
	} else if c >= 0xE1 && c < 0xF0 && c != 0xED && i+2 < len(s) {
		if c1, c2 := s[i+1], s[i+2]; c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
