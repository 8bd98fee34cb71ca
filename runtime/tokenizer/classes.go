package tokenizer

import (
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Character classes of the pre-tokenizer regex. They are exclusive: a code
// point is a letter (\p{L}), a number (\p{N}), white space (\s, which for the
// reference engines is the Unicode White_Space property) or something else.
const (
	clsOther  = 0
	clsLetter = 1
	clsNumber = 2
	clsSpace  = 3
	// nfcStable marks a code point that cannot change under NFC in any
	// context: NFC_Quick_Check=Yes, canonical combining class 0, and it
	// never combines with what precedes it. A text made only of such code
	// points is already NFC (UAX #15 quick check).
	nfcStable = 4
)

// tableLimit bounds the character table: code points below it (the BMP and
// the two supplementary planes that hold almost every letter and emoji) are
// looked up in 4 bits each; those above fall back to unicode.Is and are
// treated as not NFC-stable.
const tableLimit = 0x30000

var (
	charOnce  sync.Once
	charTable []byte // two code points per byte; read-only once built
)

// chars returns the character table, building it on first use from Go's
// Unicode tables and x/text's normalization data (96 KB, about 15 ms).
func chars() []byte {
	charOnce.Do(func() {
		t := make([]byte, tableLimit/2)
		set := func(tab *unicode.RangeTable, cls byte) {
			for _, r := range tab.R16 {
				for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
					orInfo(t, c, cls)
				}
			}
			for _, r := range tab.R32 {
				for c := rune(r.Lo); c <= rune(r.Hi) && c < tableLimit; c += rune(r.Stride) {
					orInfo(t, c, cls)
				}
			}
		}
		set(unicode.L, clsLetter)
		set(unicode.N, clsNumber)
		set(unicode.White_Space, clsSpace)
		var buf [4]byte
		for c := rune(0); c < tableLimit; c++ {
			if c < utf8.RuneSelf {
				orInfo(t, c, nfcStable)
				continue
			}
			if c >= 0xD800 && c < 0xE000 {
				continue
			}
			n := utf8.EncodeRune(buf[:], c)
			p := norm.NFC.Properties(buf[:n])
			if p.CCC() == 0 && p.BoundaryBefore() && norm.NFC.IsNormal(buf[:n]) {
				orInfo(t, c, nfcStable)
			}
		}
		charTable = t
	})
	return charTable
}

func orInfo(t []byte, c rune, bits byte) {
	if c < tableLimit {
		t[c>>1] |= bits << (uint(c&1) * 4)
	}
}

// infoOf returns the class and NFC-stable bit of code point c; tab is
// chars().
func infoOf(tab []byte, c rune) byte {
	if uint32(c) < tableLimit {
		return tab[c>>1] >> (uint(c&1) * 4) & 0xF
	}
	switch {
	case unicode.IsLetter(c):
		return clsLetter
	case unicode.IsNumber(c):
		return clsNumber
	case unicode.Is(unicode.White_Space, c):
		return clsSpace
	}
	return clsOther
}

// classOf returns the class of code point c; tab is chars().
func classOf(tab []byte, c rune) byte { return infoOf(tab, c) & 3 }

// load64 reads 8 bytes of s at i (little-endian; the compiler makes it one
// load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// nfcStretch is the length of a run of stable bytes that ends a span
// handed to x/text.
const nfcStretch = 64

// toNFC returns s in Normalization Form C. Text made of NFC-stable code
// points (all ASCII, most prose in any script, emoji) is returned as is after
// one table look-up per code point. Around any other code point, only the
// span from the stable code point before it to the stable code point after it
// goes through x/text's normalizer: stable code points are boundaries that
// nothing composes across, so the rest cannot change. it is scratch space
// (x/text's iterator, reused to avoid an allocation per span).
func toNFC(tab []byte, s string, it *norm.Iter) string {
	var out []byte
	done := 0       // s[:done] is already in out
	lastStable := 0 // start of the last NFC-stable code point seen
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			// Skip ASCII eight bytes at a time.
			for i+8 <= len(s) && load64(s, i)&0x8080808080808080 == 0 {
				i += 8
			}
			for i < len(s) && s[i] < utf8.RuneSelf {
				i++
			}
			lastStable = i - 1
			continue
		}
		c, w := decodeRune(s, i)
		if infoOf(tab, c)&nfcStable != 0 && !(c == utf8.RuneError && w == 1) {
			lastStable = i
			i += w
			continue
		}
		// s[i] may change: normalize from lastStable to a stable code point
		// followed by a long enough stable stretch (each call into x/text
		// costs about as much as normalizing a hundred bytes, so nearby
		// unstable code points share one call).
		start := max(lastStable, done)
		end, stableFrom := i+w, -1
		for end < len(s) {
			c2, w2 := decodeRune(s, end)
			if infoOf(tab, c2)&nfcStable != 0 && !(c2 == utf8.RuneError && w2 == 1) {
				if stableFrom < 0 {
					stableFrom = end
				}
				if end+w2-stableFrom >= nfcStretch {
					break
				}
			} else {
				stableFrom = -1
			}
			end += w2
		}
		if stableFrom >= 0 {
			end = stableFrom
		}
		if out == nil {
			out = make([]byte, 0, len(s)+8)
		}
		out = append(out, s[done:start]...)
		it.InitString(norm.NFC, s[start:end])
		for !it.Done() {
			out = append(out, it.Next()...)
		}
		done, lastStable, i = end, end, end
	}
	if out == nil {
		return s
	}
	return string(append(out, s[done:]...))
}
