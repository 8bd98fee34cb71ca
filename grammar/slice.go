package grammar

import "slices"

// The vocabulary is split into slices (as llguidance does): the tokens
// made only of ASCII letters and digits, then of those and spaces, then
// of those and '_' or '-', the other tokens made only of
// plain printable ASCII string characters, the tokens made only of plain
// UTF-8 string characters (no '"', '\\' or control byte), their long
// variants, and the rest. Each slice has its own token trie and a bitset of
// its tokens. When every path of a slice's trie keeps an automaton alive
// from some state without ever reaching an accepting state (checked by a
// bounded product walk of the automaton and the slice's byte automaton),
// all of its tokens stay inside the lexeme: the bitset is OR-ed in and its
// trie is skipped. Only the slices that are not contained, and the rest,
// are walked. For the body of an unconstrained string this leaves the
// ~5,000 tokens of the rest out of Qwen2.5's 151,665.

// sliceAuto is a small byte automaton: next[s][b] is the next state, -1
// rejects. State 0 is the start.
type sliceAuto struct {
	next [][256]int8
}

func (a *sliceAuto) accepts(b []byte) bool {
	s := int8(0)
	for _, c := range b {
		s = a.next[s][c]
		if s < 0 {
			return false
		}
	}
	return true
}

// classAuto accepts any sequence of the bytes for which in is true.
func classAuto(in func(c byte) bool) *sliceAuto {
	a := &sliceAuto{next: make([][256]int8, 1)}
	for c := 0; c < 256; c++ {
		a.next[0][c] = -1
		if in(byte(c)) {
			a.next[0][c] = 0
		}
	}
	return a
}

func plainASCII(c byte) bool { return c >= 0x20 && c < 0x7f && c != '"' && c != '\\' }

func alnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// utf8PlainAuto accepts plain ASCII string characters and well-formed
// UTF-8 sequences (no overlong forms, surrogates or code points past
// U+10FFFF), a sequence possibly cut short at the end, except U+2028 and
// U+2029 (line terminators, which a pattern's '.' does not match).
func utf8PlainAuto() *sliceAuto {
	// states: 0 boundary; 1 one continuation left; 2 two left; 3 three
	// left; 4 after E0 (A0-BF); 5 after ED (80-9F); 6 after F0 (90-BF);
	// 7 after F4 (80-8F); 8 after E2; 9 after E2 80 (not A8, A9)
	a := &sliceAuto{next: make([][256]int8, 10)}
	for s := range a.next {
		for c := range a.next[s] {
			a.next[s][c] = -1
		}
	}
	set := func(s int, lo, hi int, to int8) {
		for c := lo; c <= hi; c++ {
			a.next[s][c] = to
		}
	}
	for c := 0; c < 0x80; c++ {
		if plainASCII(byte(c)) {
			a.next[0][c] = 0
		}
	}
	set(0, 0xC2, 0xDF, 1)
	set(0, 0xE0, 0xE0, 4)
	set(0, 0xE1, 0xEC, 2)
	set(0, 0xE2, 0xE2, 8)
	set(8, 0x80, 0xBF, 1)
	set(8, 0x80, 0x80, 9)
	set(9, 0x80, 0xBF, 0)
	set(9, 0xA8, 0xA9, -1)
	set(0, 0xED, 0xED, 5)
	set(0, 0xEE, 0xEF, 2)
	set(0, 0xF0, 0xF0, 6)
	set(0, 0xF1, 0xF3, 3)
	set(0, 0xF4, 0xF4, 7)
	set(1, 0x80, 0xBF, 0)
	set(2, 0x80, 0xBF, 1)
	set(3, 0x80, 0xBF, 2)
	set(4, 0xA0, 0xBF, 1)
	set(5, 0x80, 0x9F, 1)
	set(6, 0x90, 0xBF, 2)
	set(7, 0x80, 0x8F, 2)
	return a
}

// shortSlice is the longest token (bytes) in the short slices: bounded
// automata (a pattern's {1,32}) contain them until near their end.
const shortSlice = 12

// tokSlice is one slice of the vocabulary.
type tokSlice struct {
	auto   *sliceAuto // nil: the rest (never contained)
	trie   []trieNode
	main   []int32  // the main-trie node of each node (same bytes)
	mask   []uint64 // its tokens
	maxLen int      // longest token, bytes
}

// buildSlices splits the text tokens into slices (after buildTrie).
func (v *Index) buildSlices() {
	utf := utf8PlainAuto()
	defs := []struct {
		auto  *sliceAuto
		short bool
	}{
		{classAuto(alnum), true},
		{classAuto(func(c byte) bool { return c == ' ' || alnum(c) }), true},
		{classAuto(func(c byte) bool { return c == '_' || c == '-' || alnum(c) }), true},
		{classAuto(plainASCII), true},
		{utf, true},
		{utf, false},
		{nil, false},
	}
	// one-state automata are byte classes: bit k of out[c] says byte c
	// is outside def k's class, so one OR over a token's bytes decides
	// all of them
	var out [256]uint64
	var oneState uint64
	for k, d := range defs {
		if d.auto != nil && len(d.auto.next) == 1 {
			oneState |= 1 << k
			for c := range out {
				if d.auto.next[0][c] < 0 {
					out[c] |= 1 << k
				}
			}
		}
	}
	// main-trie nodes that end a token, in trie order (sorted by bytes)
	nodes := make([][]int32, len(defs))
	for n := range v.trie {
		id := v.trie[n].tok
		if id < 0 {
			continue
		}
		b := v.toks[id]
		var f uint64
		for _, c := range b {
			f |= out[c]
		}
		for k, d := range defs {
			if d.auto != nil && d.short && len(b) > shortSlice {
				continue
			}
			if oneState&(1<<k) != 0 {
				if f&(1<<k) != 0 {
					continue
				}
			} else if d.auto != nil && !d.auto.accepts(b) {
				continue
			}
			nodes[k] = append(nodes[k], int32(n))
			break
		}
	}
	v.slices = nil
	for k, d := range defs {
		s := v.buildSlice(nodes[k])
		s.auto = d.auto
		v.slices = append(v.slices, s)
	}
	v.buildCharCounts(defs[:len(defs)-1], nodes)
}

// charsUpToMax is the largest character count with a cumulative mask.
const charsUpToMax = 32

// buildCharCounts records the characters of every token of the plain
// slices (all but the rest: their bytes are plain string characters, so a
// token consumes one character per byte that is not a UTF-8
// continuation, whatever the automaton): charsUpTo[k] holds those with at
// most k characters, longChars[k] lists those with k > charsUpToMax.
func (v *Index) buildCharCounts(plain []struct {
	auto  *sliceAuto
	short bool
}, nodes [][]int32) {
	exact := make([][]uint64, charsUpToMax+1)
	for k := range exact {
		exact[k] = make([]uint64, v.MaskWords())
	}
	v.longChars = make([][]int32, maxTokenChars+2)
	for k := range plain {
		for _, mn := range nodes[k] {
			tok := v.trie[mn].tok
			n := 0
			for _, c := range v.toks[tok] {
				if c&0xC0 != 0x80 {
					n++
				}
			}
			n = min(n, maxTokenChars+1)
			if n > charsUpToMax {
				v.longChars[n] = append(v.longChars[n], tok)
				v.longChars[n] = append(v.longChars[n], v.dupsOf(mn)...)
				continue
			}
			exact[n][tok>>6] |= 1 << (tok & 63)
			for _, x := range v.dupsOf(mn) {
				exact[n][x>>6] |= 1 << (x & 63)
			}
		}
	}
	for k := 1; k <= charsUpToMax; k++ {
		orBits(exact[k], exact[k-1])
	}
	v.charsUpTo = exact
}

// buildSlice builds the trie of the tokens ending at main-trie nodes ends
// (in trie order; equal texts are the main trie's dups).
func (v *Index) buildSlice(ends []int32) *tokSlice {
	s := &tokSlice{mask: make([]uint64, v.MaskWords())}
	nodes := make([]trieNode, 1, 2*len(ends)+1)
	nodes[0] = trieNode{tok: -1}
	mainOf := make([]int32, 1, 2*len(ends)+1)
	path := []int32{0}
	var prev []byte
	var mpath []int32
	for _, mn := range ends {
		id := v.trie[mn].tok
		t := v.toks[id]
		s.mask[id>>6] |= 1 << (id & 63)
		for _, x := range v.dupsOf(mn) {
			s.mask[x>>6] |= 1 << (x & 63)
		}
		s.maxLen = max(s.maxLen, len(t))
		cp := 0
		for cp < len(t) && cp < len(prev) && t[cp] == prev[cp] {
			cp++
		}
		// main-trie nodes along t: mpath[d] is the node at depth d+1; the
		// first cp are the previous token's (same bytes)
		mpath = slices.Grow(mpath[:cp], len(t)-cp)[:len(t)]
		for d, n := len(t)-1, mn; d >= cp; d, n = d-1, v.parent[n] {
			mpath[d] = n
		}
		for len(path) > cp+1 {
			nodes[path[len(path)-1]].end = int32(len(nodes))
			path = path[:len(path)-1]
		}
		for d := cp; d < len(t); d++ {
			nodes = append(nodes, trieNode{b: t[d], tok: -1})
			mainOf = append(mainOf, mpath[d])
			path = append(path, int32(len(nodes)-1))
		}
		nodes[path[len(path)-1]].tok = id
		prev = t
	}
	for len(path) > 0 {
		nodes[path[len(path)-1]].end = int32(len(nodes))
		path = path[:len(path)-1]
	}
	s.trie = nodes
	s.main = mainOf
	return s
}

// maxContainPairs bounds the product walk of a containment check.
const maxContainPairs = 4096

// contains reports whether every token path of slice s keeps automaton d
// alive from state s0, never accepting and never closed: then all its
// tokens stay inside the lexeme and none ends it. Cost: a walk of the
// product of d and the slice automaton, at most maxLen deep.
func (s *tokSlice) contains(d *dfa, s0 int32) bool {
	if s.auto == nil || len(s.trie) <= 1 {
		return false
	}
	type pair struct {
		ds int32
		ps int8
	}
	key := func(p pair) uint64 { return uint64(uint32(p.ds))<<8 | uint64(uint8(p.ps)) }
	seen := map[uint64]bool{key(pair{s0, 0}): true}
	front := []pair{{s0, 0}}
	var next []pair
	for depth := 0; depth < s.maxLen && len(front) > 0; depth++ {
		next = next[:0]
		for _, x := range front {
			row := &s.auto.next[x.ps]
			base := int(x.ds) * d.nclass
			for c := 0; c < 256; c++ {
				np := row[c]
				if np < 0 {
					continue
				}
				ns := d.trans[base+int(d.classOf[c])]
				if ns < 0 || d.accept[ns] || (d.closed != nil && d.closed[ns]) {
					return false
				}
				k := pair{ns, np}
				if !seen[key(k)] {
					if len(seen) >= maxContainPairs {
						return false
					}
					seen[key(k)] = true
					next = append(next, k)
				}
			}
		}
		front, next = next, front
	}
	return true
}
