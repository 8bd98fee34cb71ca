package tokenizer

import (
	"sync"
	"unicode"
)

// Character classes of the pre-tokenizer regex. They are exclusive: a code
// point is a letter (\p{L}), a number (\p{N}), white space (\s, which for the
// reference engines is the Unicode White_Space property) or something else.
const (
	clsOther  = 0
	clsLetter = 1
	clsNumber = 2
	clsSpace  = 3
)

// tableLimit bounds the packed class table: code points below it (the BMP
// and the two supplementary planes that hold almost every letter and emoji)
// are looked up in 2 bits each; those above fall back to unicode.Is.
const tableLimit = 0x30000

var (
	classOnce  sync.Once
	classTable []byte // 4 code points per byte; read-only once built
)

// classes returns the packed class table, building it on first use from
// Go's Unicode tables (about 48 KB, a few hundred microseconds).
func classes() []byte {
	classOnce.Do(func() {
		t := make([]byte, tableLimit/4)
		set := func(tab *unicode.RangeTable, cls byte) {
			for _, r := range tab.R16 {
				for c := rune(r.Lo); c <= rune(r.Hi); c += rune(r.Stride) {
					setClass(t, c, cls)
				}
			}
			for _, r := range tab.R32 {
				for c := rune(r.Lo); c <= rune(r.Hi) && c < tableLimit; c += rune(r.Stride) {
					setClass(t, c, cls)
				}
			}
		}
		set(unicode.L, clsLetter)
		set(unicode.N, clsNumber)
		set(unicode.White_Space, clsSpace)
		classTable = t
	})
	return classTable
}

func setClass(t []byte, c rune, cls byte) {
	if c >= tableLimit {
		return
	}
	shift := uint(c&3) * 2
	t[c>>2] = t[c>>2]&^(3<<shift) | cls<<shift
}

// classOf returns the class of code point c; tab is classes().
func classOf(tab []byte, c rune) byte {
	if uint32(c) < tableLimit {
		return tab[c>>2] >> (uint(c&3) * 2) & 3
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
