package grammar

import (
	"cmp"
	"slices"
)

// The mask of a counted string near its bounds: the tokens that leave its
// pattern room to end within maxLength and enough characters for
// minLength (stepLex checks the same byte by byte).

// closeNear reports whether a counted string of at most maxLen characters
// that holds cnt may be too close to its end for every inner token: one
// that consumes maxTokenChars and ends where the pattern needs its most
// characters before the closing quote would not fit.
func closeNear(d *dfa, cnt int32, maxLen int) bool {
	_, far := d.closeChars()
	return int(cnt)+int(maxTokenChars)+int(far) > maxLen
}

// closeMask adds to dst the inner tokens from state s0 of string automaton
// d that keep a counted string able to end within its bounds, as stepLex
// checks them byte by byte: with room characters left under maxLength
// (−1: no maxLength), the characters a token consumes plus the fewest its
// pattern needs after it (closeChars) at most room; with short characters
// still missing for minLength, those it consumes plus the most its pattern
// allows after it (closeCharsMax) at least short. That is deltaMask's set
// (or all inner tokens) less the tokens ending where the pattern still
// needs characters and would overrun room (needy) or can take only a few
// more and would stay short (shorty), listed once per state by a walk of
// the vocabulary's trie (none for most patterns: a cyclic one can always
// go on, and most need nothing more at most states). scratch is a
// mask-sized buffer; the result is ORed into dst.
func (li *lexInfo) closeMask(v *Index, d *dfa, s0 int32, room, short int32, dst, scratch []uint64) []uint64 {
	li.closeOnce.Do(func() {
		need, _ := d.closeChars()
		most := d.closeCharsMax()
		if !closeAhead(d, s0, need, most) {
			return
		}
		v.walkLex(d, s0, func(node, s, delta int32) bool {
			if d.closed[s] {
				return false
			}
			t := v.trie[node].tok
			if t < 0 {
				return true
			}
			toks := append([]int32{t}, v.dupsOf(node)...)
			if need[s] > 0 {
				for _, x := range toks {
					li.needy = append(li.needy, needyTok{x, delta + need[s]})
				}
			}
			if most[s] < maxChars {
				for _, x := range toks {
					li.shorty = append(li.shorty, needyTok{x, delta + most[s]})
				}
			}
			return true
		})
		// a mask clears only the head of each list
		slices.SortFunc(li.needy, func(a, b needyTok) int { return cmp.Compare(b.need, a.need) })
		slices.SortFunc(li.shorty, func(a, b needyTok) int { return cmp.Compare(a.need, b.need) })
	})
	over := room >= 0 && len(li.needy) > 0 && li.needy[0].need > room
	under := short > 0 && len(li.shorty) > 0 && li.shorty[0].need < short
	out := dst
	if over || under {
		if cap(scratch) < len(dst) {
			scratch = make([]uint64, len(dst))
		}
		out = scratch[:len(dst)]
		clear(out)
	}
	if room >= 0 {
		li.deltaMask(v, d, s0, room, out)
	} else {
		orBits(out, li.inner)
	}
	if !over && !under {
		return scratch
	}
	for _, e := range li.needy {
		if room < 0 || e.need <= room {
			break
		}
		out[e.tok>>6] &^= 1 << (e.tok & 63)
	}
	for _, e := range li.shorty {
		if e.need >= short {
			break
		}
		out[e.tok>>6] &^= 1 << (e.tok & 63)
	}
	orBits(dst, out)
	return out
}

// needyTok is an inner token with a count of characters: those it
// consumes plus the fewest (needy) or most (shorty) its pattern takes
// after it.
type needyTok struct {
	tok, need int32
}

// closeAhead reports whether a state that needs characters before the
// closing quote, or that allows only boundedly many, can be reached from
// s0 in one step or more (else closeMask has no token to list and need
// not walk the trie).
func closeAhead(d *dfa, s0 int32, need, most []int32) bool {
	seen := make([]bool, d.nstates())
	stack := []int32{s0}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := 0; c < d.nclass; c++ {
			t := d.trans[int(s)*d.nclass+c]
			if t < 0 || d.closed[t] || seen[t] {
				continue
			}
			if need[t] > 0 || most[t] < maxChars {
				return true
			}
			seen[t] = true
			stack = append(stack, t)
		}
	}
	return false
}
