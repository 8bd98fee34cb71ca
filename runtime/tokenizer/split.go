package tokenizer

import "unicode/utf8"

// This file is the hand-written pre-tokenizer: it splits text exactly as
// Qwen2's regex does under Hugging Face's engine (Oniguruma),
//
//	(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
//
// but in one forward pass without backtracking. split_ref_test.go holds the
// regexp2 reference it is fuzzed against.

// decodeAt returns the code point at s[i] and its width. An invalid byte
// reads as U+FFFD of width 1 (class "other"), so invalid UTF-8 is split as
// if it were U+FFFD while its bytes are kept as they are.
func decodeAt(s string, i int) (rune, int) {
	return decodeRune(s, i)
}

// foldS reports whether c matches 's' case-insensitively as Oniguruma folds
// it: s, S and U+017F LATIN SMALL LETTER LONG S.
func foldS(c rune) bool { return c == 's' || c == 'S' || c == 'ſ' }

// contraction returns the length of a match of (?i:'s|'t|'re|'ve|'m|'ll|'d)
// at s[i], which holds an apostrophe, or 0.
func contraction(s string, i int) int {
	if i+1 >= len(s) {
		return 0
	}
	c, w := decodeAt(s, i+1)
	switch c | 0x20 {
	case 't', 'm', 'd':
		if c < utf8.RuneSelf {
			return 2
		}
	case 's':
		if c < utf8.RuneSelf {
			return 2
		}
	case 'r', 'v', 'l':
		if c >= utf8.RuneSelf || i+2 >= len(s) {
			break
		}
		want := byte('e')
		if c|0x20 == 'l' {
			want = 'l'
		}
		if s[i+2]|0x20 == want {
			return 3
		}
	}
	if foldS(c) {
		return 1 + w
	}
	return 0
}

// asciiClass is the class of each ASCII character (a read-only table).
var asciiClass = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z':
			t[c] = clsLetter
		case c >= '0' && c <= '9':
			t[c] = clsNumber
		case c == ' ', c >= '\t' && c <= '\r':
			t[c] = clsSpace
		}
	}
	return t
}()

// classAt returns the class and width of the code point at s[i].
func classAt(tab []byte, s string, i int) (byte, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return asciiClass[c], 1
	}
	c, w := decodeRune(s, i)
	return infoOf(tab, c) & 3, w
}

// splitNext returns the end of the piece that starts at s[i] (i < len(s)).
// tab is chars().
func splitNext(tab []byte, s string, i int) int {
	c := s[i]
	if c == '\'' {
		if n := contraction(s, i); n > 0 {
			return i + n
		}
	}
	cls, w := classAt(tab, s, i)
	switch cls {
	case clsLetter:
		return scanLetters(tab, s, i+w)
	case clsNumber:
		return i + w
	}
	// [^\r\n\p{L}\p{N}]?\p{L}+ with the optional character present.
	if c != '\r' && c != '\n' && i+w < len(s) {
		if cls2, w2 := classAt(tab, s, i+w); cls2 == clsLetter {
			return scanLetters(tab, s, i+w+w2)
		}
	}
	// ` ?[^\s\p{L}\p{N}]+[\r\n]*`
	j, clsJ, wJ := i, cls, w
	if c == ' ' && i+1 < len(s) {
		j = i + 1
		clsJ, wJ = classAt(tab, s, j)
	}
	if clsJ == clsOther {
		j += wJ
		for j < len(s) {
			cls3, w3 := classAt(tab, s, j)
			if cls3 != clsOther {
				break
			}
			j += w3
		}
		for j < len(s) && (s[j] == '\r' || s[j] == '\n') {
			j++
		}
		return j
	}
	// Here s[i] is white space. W is the maximal white-space run from i.
	end, lastNL, runes, lastStart := i, -1, 0, i
	for end < len(s) {
		cls3, w3 := classAt(tab, s, end)
		if cls3 != clsSpace {
			break
		}
		if s[end] == '\r' || s[end] == '\n' {
			lastNL = end
		}
		lastStart = end
		end += w3
		runes++
	}
	switch {
	case lastNL >= 0: // \s*[\r\n]+
		return lastNL + 1
	case end == len(s) || runes == 1: // \s+(?!\S) to the end, or \s+
		return end
	default: // \s+(?!\S): all but the last white-space character
		return lastStart
	}
}

// scanLetters returns the end of the run of letters starting at s[j].
func scanLetters(tab []byte, s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if asciiClass[c] != clsLetter {
				break
			}
			j++
			continue
		}
		cls, w := classAt(tab, s, j)
		if cls != clsLetter {
			break
		}
		j += w
	}
	return j
}

// appendSplit appends the end offsets of the pieces of s to dst.
func appendSplit(dst []int, s string) []int {
	tab := chars()
	for i := 0; i < len(s); {
		i = splitNext(tab, s, i)
		dst = append(dst, i)
	}
	return dst
}
