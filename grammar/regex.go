package grammar

import (
	"fmt"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ecmaSpace is ECMA-262's \s as a character-class body.
const ecmaSpace = `\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}`

// translateECMA rewrites the ECMA-262 constructs whose meaning differs from
// Go's regexp/syntax (\s, \S, \uXXXX, \u{...}, \cX, \d inside classes is the
// same) into Go syntax. Constructs Go rejects (lookaround, backreferences)
// stay, so parsing fails with a clear error.
func translateECMA(p string) (string, error) {
	var b strings.Builder
	inClass := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '[' && !inClass {
			inClass = true
			b.WriteByte(c)
			if i+1 < len(p) && p[i+1] == '^' {
				b.WriteByte('^')
				i++
			}
			if i+1 < len(p) && p[i+1] == ']' { // ECMA: [] is empty, []] is not special
				if inClass && (i == 0 || p[i] == '[' || p[i] == '^') {
					return "", fmt.Errorf("empty character class")
				}
			}
			continue
		}
		if c == ']' && inClass {
			inClass = false
			b.WriteByte(c)
			continue
		}
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 >= len(p) {
			return "", fmt.Errorf("trailing backslash")
		}
		e := p[i+1]
		i++
		switch e {
		case 's':
			if inClass {
				b.WriteString(ecmaSpace)
			} else {
				b.WriteString("[" + ecmaSpace + "]")
			}
		case 'S':
			if inClass {
				return "", fmt.Errorf(`\S inside a character class is not supported`)
			}
			b.WriteString("[^" + ecmaSpace + "]")
		case 'u':
			if i+1 < len(p) && p[i+1] == '{' {
				j := strings.IndexByte(p[i:], '}')
				if j < 0 {
					return "", fmt.Errorf(`bad \u{...} escape`)
				}
				b.WriteString(`\x{` + p[i+2:i+j] + `}`)
				i += j
			} else if i+4 < len(p)+0 && isHex4(p[i+1:min(len(p), i+5)]) {
				b.WriteString(`\x{` + p[i+1:i+5] + `}`)
				i += 4
			} else {
				return "", fmt.Errorf(`bad \u escape`)
			}
		case 'c':
			if i+1 < len(p) && ((p[i+1] >= 'a' && p[i+1] <= 'z') || (p[i+1] >= 'A' && p[i+1] <= 'Z')) {
				fmt.Fprintf(&b, `\x{%x}`, p[i+1]%32)
				i++
			} else {
				return "", fmt.Errorf(`bad \c escape`)
			}
		case 'd', 'D', 'w', 'W', 'b', 'B', 'n', 'r', 't', 'f', 'v', 'x', 'p', 'P', '0':
			if e == 'v' {
				b.WriteString(`\x{0B}`)
			} else if e == '0' {
				b.WriteString(`\x{0}`)
			} else if e == 'b' && inClass {
				b.WriteString(`\x{08}`)
			} else {
				b.WriteByte('\\')
				b.WriteByte(e)
			}
		case '/', '-':
			if inClass {
				b.WriteByte('\\')
			}
			b.WriteByte(e)
		default:
			if e >= '1' && e <= '9' {
				return "", fmt.Errorf("backreferences are not supported")
			}
			if e < 0x80 && !isAlnum(e) {
				b.WriteByte('\\')
				b.WriteByte(e)
			} else if e < 0x80 {
				return "", fmt.Errorf(`unknown escape \%c`, e)
			} else {
				b.WriteByte(e) // identity escape of a non-ASCII byte
			}
		}
	}
	return b.String(), nil
}

func isHex4(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isHexDigit(s[i]) {
			return false
		}
	}
	return true
}

func isHexDigit(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func isAlnum(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

// parseRegex parses a pattern. ecma selects JSON Schema's ECMA-262 dialect;
// otherwise Go/RE2 syntax is used.
func parseRegex(pattern string, ecma bool) (*syntax.Regexp, error) {
	p := pattern
	if ecma {
		var err error
		p, err = translateECMA(pattern)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", pattern, err)
		}
	}
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %w", pattern, err)
	}
	return re, nil
}

// NFA over bytes (Thompson construction) with begin/end-of-text assertions.

type nfaKind uint8

const (
	nByte  nfaKind = iota // lo..hi -> out
	nEps                  // out, out1 (if >=0)
	nBegin                // only at offset 0 -> out
	nEnd                  // only at end of input -> out
	nMatch
)

type nfaState struct {
	kind   nfaKind
	lo, hi byte
	out    int32
	out1   int32
}

type nfa struct {
	st     []nfaState
	budget int
}

var errNFABudget = fmt.Errorf("%w: regular expression too large", ErrBudget)

func (n *nfa) add(s nfaState) (int32, error) {
	if len(n.st) >= n.budget {
		return 0, errNFABudget
	}
	n.st = append(n.st, s)
	return int32(len(n.st) - 1), nil
}

// The dangling pointers point into n.st, which may move on append; so
// patch lists are kept as indices instead.
type hole struct {
	s   int32
	alt bool
}

type frag2 struct {
	start int32
	holes []hole
}

func (n *nfa) fill(hs []hole, to int32) {
	for _, h := range hs {
		if h.alt {
			n.st[h.s].out1 = to
		} else {
			n.st[h.s].out = to
		}
	}
}

func (n *nfa) eps() (int32, error) { return n.add(nfaState{kind: nEps, out: -1, out1: -1}) }

// seqBytes builds a chain matching the byte ranges in order.
func (n *nfa) seqRanges(rs []byteRange) (frag2, error) {
	var f frag2
	var prev int32 = -1
	for i, r := range rs {
		s, err := n.add(nfaState{kind: nByte, lo: r.lo, hi: r.hi, out: -1, out1: -1})
		if err != nil {
			return f, err
		}
		if i == 0 {
			f.start = s
		} else {
			n.st[prev].out = s
		}
		prev = s
	}
	f.holes = []hole{{s: prev}}
	return f, nil
}

type byteRange struct{ lo, hi byte }

// alt joins fragments with epsilon branches.
func (n *nfa) alt(fs []frag2) (frag2, error) {
	if len(fs) == 0 {
		// matches nothing: an epsilon state with no outs that leads nowhere
		s, err := n.add(nfaState{kind: nByte, lo: 1, hi: 0, out: -1, out1: -1})
		return frag2{start: s}, err
	}
	if len(fs) == 1 {
		return fs[0], nil
	}
	var holes []hole
	cur := fs[len(fs)-1].start
	holes = append(holes, fs[len(fs)-1].holes...)
	for i := len(fs) - 2; i >= 0; i-- {
		s, err := n.add(nfaState{kind: nEps, out: fs[i].start, out1: cur})
		if err != nil {
			return frag2{}, err
		}
		cur = s
		holes = append(holes, fs[i].holes...)
	}
	return frag2{start: cur, holes: holes}, nil
}

func (n *nfa) cat(a, b frag2) frag2 {
	n.fill(a.holes, b.start)
	return frag2{start: a.start, holes: b.holes}
}

func (n *nfa) empty() (frag2, error) {
	s, err := n.eps()
	return frag2{start: s, holes: []hole{{s: s}}}, err
}

// runeClass builds an automaton for a set of rune ranges (pairs lo,hi).
// Byte-range sequences share their common suffixes, so a large Unicode
// class stays small.
func (n *nfa) runeClass(rs []rune) (frag2, error) {
	end, err := n.eps()
	if err != nil {
		return frag2{}, err
	}
	type sfx struct {
		lo, hi byte
		out    int32
	}
	cache := map[sfx]int32{}
	var heads []int32
	headSeen := map[int32]bool{}
	for i := 0; i+1 < len(rs) && err == nil; i += 2 {
		utf8Sequences(rs[i], rs[i+1], func(seq []byteRange) {
			if err != nil {
				return
			}
			next := end
			for j := len(seq) - 1; j >= 0; j-- {
				k := sfx{seq[j].lo, seq[j].hi, next}
				id, ok := cache[k]
				if !ok {
					id, err = n.add(nfaState{kind: nByte, lo: k.lo, hi: k.hi, out: next, out1: -1})
					if err != nil {
						return
					}
					cache[k] = id
				}
				next = id
			}
			if !headSeen[next] {
				headSeen[next] = true
				heads = append(heads, next)
			}
		})
	}
	if err != nil {
		return frag2{}, err
	}
	if len(heads) == 0 {
		s, err := n.add(nfaState{kind: nByte, lo: 1, hi: 0, out: -1, out1: -1})
		return frag2{start: s}, err
	}
	start := heads[len(heads)-1]
	for i := len(heads) - 2; i >= 0; i-- {
		start, err = n.add(nfaState{kind: nEps, out: heads[i], out1: start})
		if err != nil {
			return frag2{}, err
		}
	}
	return frag2{start: start, holes: []hole{{s: end}}}, nil
}

// utf8Sequences splits [lo,hi] (surrogates excluded) into byte-range sequences.
func utf8Sequences(lo, hi rune, emit func([]byteRange)) {
	if lo > hi {
		return
	}
	if lo <= 0xDFFF && hi >= 0xD800 {
		if lo < 0xD800 {
			utf8Sequences(lo, 0xD7FF, emit)
		}
		if hi > 0xDFFF {
			utf8Sequences(0xE000, hi, emit)
		}
		return
	}
	for _, m := range []rune{0x7F, 0x7FF, 0xFFFF} {
		if lo <= m && m < hi {
			utf8Sequences(lo, m, emit)
			utf8Sequences(m+1, hi, emit)
			return
		}
	}
	if hi < 0x80 {
		emit([]byteRange{{byte(lo), byte(hi)}})
		return
	}
	nb := utf8.RuneLen(lo)
	for i := 1; i < nb; i++ {
		m := rune(1)<<(6*i) - 1
		if lo&^m != hi&^m {
			if lo&m != 0 {
				utf8Sequences(lo, lo|m, emit)
				utf8Sequences((lo|m)+1, hi, emit)
				return
			}
			if hi&m != m {
				utf8Sequences(lo, (hi&^m)-1, emit)
				utf8Sequences(hi&^m, hi, emit)
				return
			}
		}
	}
	var a, b [4]byte
	utf8.EncodeRune(a[:], lo)
	utf8.EncodeRune(b[:], hi)
	seq := make([]byteRange, nb)
	for i := 0; i < nb; i++ {
		seq[i] = byteRange{a[i], b[i]}
	}
	emit(seq)
}

// ecmaDot is ECMA-262's '.': any code point but line terminators.
var ecmaDot = []rune{0, 0x09, 0x0B, 0x0C, 0x0E, 0x2027, 0x202A, unicode.MaxRune}
var anyRune = []rune{0, unicode.MaxRune}

func (n *nfa) build(re *syntax.Regexp, ecma bool) (frag2, error) {
	switch re.Op {
	case syntax.OpNoMatch:
		return n.alt(nil)
	case syntax.OpEmptyMatch:
		return n.empty()
	case syntax.OpLiteral:
		f, err := n.empty()
		if err != nil {
			return f, err
		}
		for _, r := range re.Rune {
			var g frag2
			if re.Flags&syntax.FoldCase != 0 {
				var rs []rune
				for c := unicode.SimpleFold(r); c != r; c = unicode.SimpleFold(c) {
					rs = append(rs, c, c)
				}
				rs = append(rs, r, r)
				g, err = n.runeClass(rs)
			} else {
				g, err = n.runeClass([]rune{r, r})
			}
			if err != nil {
				return f, err
			}
			f = n.cat(f, g)
		}
		return f, nil
	case syntax.OpCharClass:
		return n.runeClass(re.Rune)
	case syntax.OpAnyCharNotNL:
		if ecma {
			return n.runeClass(ecmaDot)
		}
		return n.runeClass([]rune{0, 9, 11, unicode.MaxRune})
	case syntax.OpAnyChar:
		return n.runeClass(anyRune)
	case syntax.OpBeginText:
		s, err := n.add(nfaState{kind: nBegin, out: -1, out1: -1})
		return frag2{start: s, holes: []hole{{s: s}}}, err
	case syntax.OpEndText:
		s, err := n.add(nfaState{kind: nEnd, out: -1, out1: -1})
		return frag2{start: s, holes: []hole{{s: s}}}, err
	case syntax.OpBeginLine, syntax.OpEndLine:
		return frag2{}, fmt.Errorf("multi-line anchors are not supported")
	case syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return frag2{}, fmt.Errorf(`word boundaries (\b, \B) are not supported`)
	case syntax.OpCapture:
		return n.build(re.Sub[0], ecma)
	case syntax.OpConcat:
		f, err := n.empty()
		if err != nil {
			return f, err
		}
		for _, s := range re.Sub {
			g, err := n.build(s, ecma)
			if err != nil {
				return f, err
			}
			f = n.cat(f, g)
		}
		return f, nil
	case syntax.OpAlternate:
		var fs []frag2
		for _, s := range re.Sub {
			g, err := n.build(s, ecma)
			if err != nil {
				return g, err
			}
			fs = append(fs, g)
		}
		return n.alt(fs)
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
		g, err := n.build(re.Sub[0], ecma)
		if err != nil {
			return g, err
		}
		s, err := n.add(nfaState{kind: nEps, out: g.start, out1: -1})
		if err != nil {
			return g, err
		}
		switch re.Op {
		case syntax.OpStar:
			n.fill(g.holes, s)
			return frag2{start: s, holes: []hole{{s: s, alt: true}}}, nil
		case syntax.OpPlus:
			n.fill(g.holes, s)
			return frag2{start: g.start, holes: []hole{{s: s, alt: true}}}, nil
		default:
			return frag2{start: s, holes: append(g.holes, hole{s: s, alt: true})}, nil
		}
	case syntax.OpRepeat:
		min, max := re.Min, re.Max
		f, err := n.empty()
		if err != nil {
			return f, err
		}
		for i := 0; i < min; i++ {
			g, err := n.build(re.Sub[0], ecma)
			if err != nil {
				return f, err
			}
			f = n.cat(f, g)
		}
		if max < 0 {
			star := &syntax.Regexp{Op: syntax.OpStar, Sub: re.Sub[:1]}
			g, err := n.build(star, ecma)
			if err != nil {
				return f, err
			}
			return n.cat(f, g), nil
		}
		// (x(x(x)?)?)? for the optional copies
		var opt frag2
		haveOpt := false
		for i := min; i < max; i++ {
			g, err := n.build(re.Sub[0], ecma)
			if err != nil {
				return f, err
			}
			if haveOpt {
				g = n.cat(g, opt)
			}
			s, err := n.add(nfaState{kind: nEps, out: g.start, out1: -1})
			if err != nil {
				return f, err
			}
			opt = frag2{start: s, holes: append(g.holes, hole{s: s, alt: true})}
			haveOpt = true
		}
		if haveOpt {
			f = n.cat(f, opt)
		}
		return f, nil
	}
	return frag2{}, fmt.Errorf("unsupported regular expression construct %v", re.Op)
}

// regexToDFA compiles a parsed pattern to a content DFA over UTF-8 bytes.
// search=true gives JSON Schema's unanchored semantics (the pattern may
// match anywhere); otherwise the whole input must match.
func regexToDFA(re *syntax.Regexp, ecma, search bool, b *budget) (*dfa, error) {
	n := &nfa{budget: b.nfaStates}
	body, err := n.build(re, ecma)
	if err != nil {
		return nil, err
	}
	match, err := n.add(nfaState{kind: nMatch, out: -1, out1: -1})
	if err != nil {
		return nil, err
	}
	start := body.start
	if search {
		lead, trail := !anchoredStart(re), !anchoredEnd(re)
		fin := match
		if trail {
			// body any* match
			tr, err := n.runeClass(anyRune)
			if err != nil {
				return nil, err
			}
			ts, err := n.add(nfaState{kind: nEps, out: tr.start, out1: match})
			if err != nil {
				return nil, err
			}
			n.fill(tr.holes, ts)
			fin = ts
		}
		n.fill(body.holes, fin)
		if lead {
			ld, err := n.runeClass(anyRune)
			if err != nil {
				return nil, err
			}
			ls, err := n.add(nfaState{kind: nEps, out: ld.start, out1: body.start})
			if err != nil {
				return nil, err
			}
			n.fill(ld.holes, ls)
			start = ls
		}
	} else {
		n.fill(body.holes, match)
	}
	return nfaToDFA(n, start, b)
}

// nfaToDFA runs the subset construction.
func nfaToDFA(n *nfa, start int32, b *budget) (*dfa, error) {
	// byte classes from all range boundaries
	var bound [257]bool
	bound[0] = true
	bound[256] = true
	for _, s := range n.st {
		if s.kind == nByte && s.lo <= s.hi {
			bound[s.lo] = true
			bound[int(s.hi)+1] = true
		}
	}
	d := &dfa{}
	cls := -1
	for i := 0; i < 256; i++ {
		if bound[i] {
			cls++
		}
		d.classOf[i] = uint8(cls)
	}
	d.nclass = cls + 1
	rep := make([]byte, d.nclass)
	for i := 255; i >= 0; i-- {
		rep[d.classOf[i]] = byte(i)
	}

	mark := make([]uint32, len(n.st))
	gen := uint32(0)
	stack := []int32{}
	closure := func(seed []int32, atStart bool) (set []int32, acc bool) {
		gen++
		stack = append(stack[:0], seed...)
		for _, s := range seed {
			mark[s] = gen
		}
		var endSeeds []int32
		for len(stack) > 0 {
			s := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			st := &n.st[s]
			push := func(t int32) {
				if t >= 0 && mark[t] != gen {
					mark[t] = gen
					stack = append(stack, t)
				}
			}
			switch st.kind {
			case nByte:
				set = append(set, s)
			case nEps:
				push(st.out)
				push(st.out1)
			case nBegin:
				if atStart {
					push(st.out)
				}
			case nEnd:
				endSeeds = append(endSeeds, st.out)
			case nMatch:
				acc = true
			}
		}
		// acceptance through end-of-text assertions
		if !acc && len(endSeeds) > 0 {
			gen++
			stack = append(stack[:0], endSeeds...)
			for len(stack) > 0 && !acc {
				s := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if s < 0 || mark[s] == gen {
					continue
				}
				mark[s] = gen
				st := &n.st[s]
				switch st.kind {
				case nEps:
					stack = append(stack, st.out, st.out1)
				case nEnd, nBegin:
					if st.kind == nEnd {
						stack = append(stack, st.out)
					}
				case nMatch:
					acc = true
				}
			}
		}
		sortInt32(set)
		return set, acc
	}
	index := map[string]int32{}
	var sets [][]int32
	key := func(set []int32, acc bool) string {
		buf := make([]byte, 1, 1+4*len(set))
		if acc {
			buf[0] = 1
		}
		for _, s := range set {
			buf = append(buf, byte(s), byte(s>>8), byte(s>>16), byte(s>>24))
		}
		return string(buf)
	}
	addState := func(set []int32, acc bool) (int32, error) {
		k := key(set, acc)
		if id, ok := index[k]; ok {
			return id, nil
		}
		if len(sets) >= b.dfaStates {
			return 0, fmt.Errorf("%w: regular expression needs more than %d automaton states", ErrBudget, b.dfaStates)
		}
		if err := b.charge(d.nclass); err != nil {
			return 0, err
		}
		id := int32(len(sets))
		index[k] = id
		sets = append(sets, set)
		d.accept = append(d.accept, acc)
		d.trans = append(d.trans, make([]int32, d.nclass)...)
		return id, nil
	}
	s0, a0 := closure([]int32{start}, true)
	if _, err := addState(s0, a0); err != nil {
		return nil, err
	}
	buckets := make([][]int32, d.nclass)
	memo := map[string]int32{} // successor set before closure -> state
	var kb []byte
	for i := 0; i < len(sets); i++ {
		if err := b.check(); err != nil {
			return nil, err
		}
		for c := range buckets {
			buckets[c] = buckets[c][:0]
		}
		for _, s := range sets[i] {
			st := &n.st[s]
			if st.lo > st.hi || st.out < 0 {
				continue
			}
			for c := int(d.classOf[st.lo]); c <= int(d.classOf[st.hi]); c++ {
				buckets[c] = append(buckets[c], st.out)
			}
		}
		for c := 0; c < d.nclass; c++ {
			next := buckets[c]
			if len(next) == 0 {
				d.trans[i*d.nclass+c] = -1
				continue
			}
			kb = kb[:0]
			for _, x := range next {
				kb = append(kb, byte(x), byte(x>>8), byte(x>>16), byte(x>>24))
			}
			if id, ok := memo[string(kb)]; ok {
				d.trans[i*d.nclass+c] = id
				continue
			}
			set, acc := closure(next, false)
			id := int32(-1)
			if len(set) > 0 || acc {
				var err error
				id, err = addState(append([]int32(nil), set...), acc)
				if err != nil {
					return nil, err
				}
			}
			memo[string(kb)] = id
			d.trans[i*d.nclass+c] = id
		}
	}
	d.trim()
	return d, nil
}

func sortInt32(a []int32) { slices.Sort(a) }

// anchoredStart reports whether every match must begin at offset 0.
func anchoredStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText:
		return true
	case syntax.OpCapture:
		return anchoredStart(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredStart(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}

// anchoredEnd reports whether every match must end at the end of input.
func anchoredEnd(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpEndText:
		return true
	case syntax.OpCapture:
		return anchoredEnd(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredEnd(re.Sub[len(re.Sub)-1])
	case syntax.OpAlternate:
		for _, s := range re.Sub {
			if !anchoredEnd(s) {
				return false
			}
		}
		return len(re.Sub) > 0
	}
	return false
}
