package memory

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The search index's own word splitter. It is deliberately simple and fixed:
// the index stores the terms it produces, so changing it needs a schema
// migration that re-indexes every text.
//
//   - A word is a run of letters, digits and combining marks; everything else
//     separates words (so "get_weather" is "get" and "weather").
//   - Han, Hiragana, Katakana and Hangul are written without spaces, so a run
//     of them becomes overlapping pairs ("数据库" → "数据", "据库"); a lone
//     such character is a term by itself.
//   - Terms are lower-cased and lose their diacritics ("Élan" → "elan").
//   - A term keeps at most maxTermBytes bytes of its folded form.

// maxTermBytes caps a term's length: longer words (hashes, base64) are
// indexed by their first bytes.
const maxTermBytes = 64

// span is one word's place in a text, in bytes.
type span struct{ start, end int }

// isCJK reports whether r belongs to a script written without spaces between
// words, which the splitter indexes as character pairs.
func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) ||
		r == 'ー' || r == 'ｰ' // the prolonged sound marks, of no script
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

// eachTerm calls fn with every term of text, in order, with the bytes of text
// it came from.
func eachTerm(text string, fn func(term string, at span)) {
	var buf []byte
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case isCJK(r):
			// A run of CJK characters: emit pairs, or the lone character.
			start := i
			prev := -1
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !isCJK(r2) {
					break
				}
				if prev >= 0 {
					fn(text[prev:j+n2], span{prev, j + n2})
				}
				prev = j
				j += n2
			}
			if prev == start {
				fn(text[start:j], span{start, j})
			}
			i = j
		case isWordRune(r):
			start := i
			j := i + n
			ascii := r < utf8.RuneSelf
			for j < len(text) {
				r2, n2 := rune(text[j]), 1
				if r2 >= utf8.RuneSelf {
					r2, n2 = utf8.DecodeRuneInString(text[j:])
					if isCJK(r2) || !isWordRune(r2) {
						break
					}
					ascii = false
				} else if !isWordRune(r2) {
					break
				}
				j += n2
			}
			if ascii {
				buf = foldASCII(buf[:0], text[start:j])
			} else {
				buf = foldInto(buf[:0], text[start:j])
			}
			if len(buf) > 0 {
				fn(string(truncateTerm(buf)), span{start, j})
			}
			i = j
		default:
			i += n
		}
	}
}

func foldASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// foldInto appends s lower-cased, without the diacritics of Latin, Greek
// and Cyrillic letters; the marks of other scripts are part of their words.
func foldInto(dst []byte, s string) []byte {
	s = norm.NFD.String(strings.ToLower(s))
	var base rune
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) && (unicode.Is(unicode.Latin, base) || unicode.Is(unicode.Greek, base) || unicode.Is(unicode.Cyrillic, base)) {
			continue
		}
		if !unicode.IsMark(r) {
			base = r
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

func truncateTerm(b []byte) []byte {
	if len(b) <= maxTermBytes {
		return b
	}
	n := maxTermBytes
	for n > 0 && !utf8.RuneStart(b[n]) {
		n--
	}
	return b[:n]
}

// queryTerms returns the distinct terms of a query, in order of first
// appearance.
func queryTerms(q string) []string {
	var out []string
	seen := map[string]bool{}
	eachTerm(q, func(t string, _ span) {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	})
	return out
}
