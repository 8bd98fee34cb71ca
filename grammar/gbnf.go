package grammar

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// GBNF: llama.cpp's grammar syntax. Each rule body becomes an automaton
// over bytes with "call rule" edges; the machine keeps return states on its
// stack, so recursion is exact. Left recursion is a compile error.

type gKind uint8

const (
	gByte gKind = iota
	gEps
	gCall
	gRet
)

type gState struct {
	kind   gKind
	lo, hi byte
	out    int32
	out1   int32
	rule   int32 // gCall: the rule called
}

type gbnfGrammar struct {
	st    []gState
	start []int32 // per rule
	names []string
}

type gbnfPos struct{}

// gnode is the parsed form of an expression.
type gnode struct {
	op       byte // 'l' literal bytes, 'c' class, 'r' rule ref, 's' seq, 'a' alt, '*' repeat, '.' any
	lit      []byte
	ranges   []rune
	negate   bool
	name     string
	sub      []*gnode
	min, max int
}

type gparser struct {
	s   string
	i   int
	err error
}

func (p *gparser) fail(f string, a ...any) {
	if p.err == nil {
		line := 1 + strings.Count(p.s[:min(p.i, len(p.s))], "\n")
		p.err = fmt.Errorf("gbnf line %d: %s", line, fmt.Sprintf(f, a...))
	}
}

func (p *gparser) space(newlines bool) {
	for p.i < len(p.s) {
		c := p.s[p.i]
		switch {
		case c == '#':
			for p.i < len(p.s) && p.s[p.i] != '\n' {
				p.i++
			}
		case c == ' ' || c == '\t' || c == '\r':
			p.i++
		case c == '\n' && newlines:
			p.i++
		default:
			return
		}
	}
}

func isNameChar(c byte) bool { return isAlnum(c) || c == '-' || c == '_' }

func (p *gparser) name() string {
	st := p.i
	for p.i < len(p.s) && isNameChar(p.s[p.i]) {
		p.i++
	}
	return p.s[st:p.i]
}

func (p *gparser) char() rune {
	if p.i >= len(p.s) {
		p.fail("unexpected end")
		return 0
	}
	if p.s[p.i] != '\\' {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		p.i += n
		return r
	}
	p.i++
	if p.i >= len(p.s) {
		p.fail("bad escape")
		return 0
	}
	e := p.s[p.i]
	p.i++
	hex := func(n int) rune {
		if p.i+n > len(p.s) {
			p.fail("bad escape")
			return 0
		}
		v, err := strconv.ParseUint(p.s[p.i:p.i+n], 16, 32)
		if err != nil {
			p.fail("bad escape")
		}
		p.i += n
		return rune(v)
	}
	switch e {
	case 'n':
		return '\n'
	case 'r':
		return '\r'
	case 't':
		return '\t'
	case 'x':
		return hex(2)
	case 'u':
		return hex(4)
	case 'U':
		return hex(8)
	}
	return rune(e)
}

func (p *gparser) alts(nested bool) *gnode {
	a := &gnode{op: 'a'}
	a.sub = append(a.sub, p.seq(nested))
	for p.err == nil && p.i < len(p.s) && p.s[p.i] == '|' {
		p.i++
		p.space(true)
		a.sub = append(a.sub, p.seq(nested))
	}
	if len(a.sub) == 1 {
		return a.sub[0]
	}
	return a
}

func (p *gparser) seq(nested bool) *gnode {
	s := &gnode{op: 's'}
	for p.err == nil && p.i < len(p.s) {
		c := p.s[p.i]
		var e *gnode
		switch {
		case c == '"':
			p.i++
			var b []byte
			for p.i < len(p.s) && p.s[p.i] != '"' && p.err == nil {
				b = utf8.AppendRune(b, p.char())
			}
			if p.i >= len(p.s) {
				p.fail("unterminated string")
				return s
			}
			p.i++
			e = &gnode{op: 'l', lit: b}
		case c == '[':
			p.i++
			e = &gnode{op: 'c'}
			if p.i < len(p.s) && p.s[p.i] == '^' {
				e.negate = true
				p.i++
			}
			for p.i < len(p.s) && p.s[p.i] != ']' && p.err == nil {
				lo := p.char()
				hi := lo
				if p.i+1 < len(p.s) && p.s[p.i] == '-' && p.s[p.i+1] != ']' {
					p.i++
					hi = p.char()
				}
				e.ranges = append(e.ranges, lo, hi)
			}
			if p.i >= len(p.s) {
				p.fail("unterminated character class")
				return s
			}
			p.i++
		case c == '.':
			p.i++
			e = &gnode{op: '.'}
		case c == '(':
			p.i++
			p.space(true)
			e = p.alts(true)
			if p.i >= len(p.s) || p.s[p.i] != ')' {
				p.fail("expected ')'")
				return s
			}
			p.i++
		case isNameChar(c):
			save := p.i
			n := p.name()
			// a rule definition starts here: this sequence is over
			q := p.i
			for q < len(p.s) && (p.s[q] == ' ' || p.s[q] == '\t') {
				q++
			}
			if strings.HasPrefix(p.s[q:], "::=") {
				p.i = save
				return s
			}
			e = &gnode{op: 'r', name: n}
		default:
			return s
		}
		p.space(nested)
		// postfix operators
		for p.i < len(p.s) && p.err == nil {
			c := p.s[p.i]
			if c == '*' || c == '+' || c == '?' {
				p.i++
				r := &gnode{op: '*', sub: []*gnode{e}, max: -1}
				if c == '+' {
					r.min = 1
				}
				if c == '?' {
					r.max = 1
				}
				e = r
			} else if c == '{' {
				p.i++
				end := strings.IndexByte(p.s[p.i:], '}')
				if end < 0 {
					p.fail("unterminated {m,n}")
					return s
				}
				spec := strings.TrimSpace(p.s[p.i : p.i+end])
				p.i += end + 1
				r := &gnode{op: '*', sub: []*gnode{e}}
				lo, hi, hasComma := strings.Cut(spec, ",")
				var err error
				if r.min, err = strconv.Atoi(strings.TrimSpace(lo)); err != nil {
					p.fail("bad repetition {%s}", spec)
				}
				r.max = r.min
				if hasComma {
					r.max = -1
					if h := strings.TrimSpace(hi); h != "" {
						if r.max, err = strconv.Atoi(h); err != nil {
							p.fail("bad repetition {%s}", spec)
						}
					}
				}
				if r.min > 1000 || r.max > 1000 {
					p.fail("repetition bound over 1000")
				}
				e = r
			} else {
				break
			}
			p.space(nested)
		}
		s.sub = append(s.sub, e)
	}
	return s
}

// parseGBNF reads rule definitions: name ::= alternatives.
func parseGBNF(src string) (map[string]*gnode, []string, error) {
	p := &gparser{s: src}
	rules := map[string]*gnode{}
	var order []string
	for {
		p.space(true)
		if p.i >= len(p.s) || p.err != nil {
			break
		}
		n := p.name()
		if n == "" {
			p.fail("expected a rule name")
			break
		}
		p.space(false)
		if !strings.HasPrefix(p.s[p.i:], "::=") {
			p.fail("expected ::= after %q", n)
			break
		}
		p.i += 3
		p.space(true)
		body := p.alts(false)
		if _, dup := rules[n]; dup {
			p.fail("rule %q defined twice", n)
		}
		rules[n] = body
		order = append(order, n)
		if p.err == nil && p.i < len(p.s) && p.s[p.i] != '\n' && !isNameChar(p.s[p.i]) {
			p.fail("unexpected %q", p.s[p.i])
		}
	}
	return rules, order, p.err
}

// CompileGBNF compiles a grammar in llama.cpp's GBNF syntax; the output
// must match rule "root". Left-recursive rules are an error; nesting is
// bounded by Limits.StackDepth.
func CompileGBNF(voc Vocabulary, src string, o Options) (g *Grammar, err error) {
	defer func() {
		if r := recover(); r != nil {
			g, err = nil, fmt.Errorf("grammar: internal error compiling GBNF: %v", r)
		}
	}()
	v, err := indexOf(voc)
	if err != nil {
		return nil, err
	}
	rules, order, err := parseGBNF(src)
	if err != nil {
		return nil, fmt.Errorf("grammar: %w", err)
	}
	if _, ok := rules["root"]; !ok {
		return nil, fmt.Errorf("grammar: gbnf: no rule named root")
	}
	g = newGrammar(v, &o)
	b := newBudget(g.lim)
	gg := &gbnfGrammar{}
	idx := map[string]int32{}
	for _, n := range order {
		idx[n] = int32(len(gg.names))
		gg.names = append(gg.names, n)
	}
	add := func(s gState) (int32, error) {
		if len(gg.st) >= b.nfaStates {
			return 0, fmt.Errorf("grammar: gbnf: %w: more than %d states", ErrBudget, b.nfaStates)
		}
		gg.st = append(gg.st, s)
		return int32(len(gg.st) - 1), nil
	}
	// build compiles n so that it ends by going to next; returns its start.
	var build func(n *gnode, next int32) (int32, error)
	build = func(n *gnode, next int32) (int32, error) {
		if err := b.check(); err != nil {
			return 0, err
		}
		switch n.op {
		case 'l':
			cur := next
			for i := len(n.lit) - 1; i >= 0; i-- {
				var err error
				if cur, err = add(gState{kind: gByte, lo: n.lit[i], hi: n.lit[i], out: cur}); err != nil {
					return 0, err
				}
			}
			return cur, nil
		case 'c', '.':
			rs := n.ranges
			if n.op == '.' {
				rs = anyRune
			} else if n.negate {
				rs = negateRanges(rs)
			} else {
				rs = normRanges(rs)
			}
			var heads []int32
			var err error
			for i := 0; i+1 < len(rs) && err == nil; i += 2 {
				utf8Sequences(rs[i], rs[i+1], func(seq []byteRange) {
					cur := next
					for j := len(seq) - 1; j >= 0 && err == nil; j-- {
						cur, err = add(gState{kind: gByte, lo: seq[j].lo, hi: seq[j].hi, out: cur})
					}
					heads = append(heads, cur)
				})
			}
			if err != nil {
				return 0, err
			}
			return alternation(add, heads)
		case 'r':
			r, ok := idx[n.name]
			if !ok {
				return 0, fmt.Errorf("grammar: gbnf: undefined rule %q", n.name)
			}
			return add(gState{kind: gCall, rule: r, out: next})
		case 's':
			cur := next
			for i := len(n.sub) - 1; i >= 0; i-- {
				var err error
				if cur, err = build(n.sub[i], cur); err != nil {
					return 0, err
				}
			}
			return cur, nil
		case 'a':
			var heads []int32
			for _, s := range n.sub {
				h, err := build(s, next)
				if err != nil {
					return 0, err
				}
				heads = append(heads, h)
			}
			return alternation(add, heads)
		case '*':
			cur, copies := next, n.min
			if n.max < 0 {
				// loop: L -> sub -> L | next. With a minimum, the
				// last required copy is the loop's own body, entered
				// at its start rather than at L (x+ is one copy of x,
				// not two, so nested repeats stay linear in size).
				loop, err := add(gState{kind: gEps, out: -1, out1: next})
				if err != nil {
					return 0, err
				}
				body, err := build(n.sub[0], loop)
				if err != nil {
					return 0, err
				}
				gg.st[loop].out = body
				cur = loop
				if copies > 0 {
					cur, copies = body, copies-1
				}
			} else {
				for i := n.min; i < n.max; i++ {
					body, err := build(n.sub[0], cur)
					if err != nil {
						return 0, err
					}
					if cur, err = add(gState{kind: gEps, out: body, out1: next}); err != nil {
						return 0, err
					}
				}
			}
			for i := 0; i < copies; i++ {
				var err error
				if cur, err = build(n.sub[0], cur); err != nil {
					return 0, err
				}
			}
			return cur, nil
		}
		return 0, fmt.Errorf("grammar: gbnf: bad expression")
	}
	gg.start = make([]int32, len(order))
	for i, n := range order {
		ret, err := add(gState{kind: gRet, out: -1, out1: -1})
		if err != nil {
			return nil, err
		}
		s, err := build(rules[n], ret)
		if err != nil {
			return nil, err
		}
		gg.start[i] = s
	}
	if err := gg.checkLeftRecursion(); err != nil {
		return nil, err
	}
	g.gbnf = gg
	g.start = frame{kind: kGBNF, ds: gg.start[idx["root"]]}
	return g, nil
}

func alternation(add func(gState) (int32, error), heads []int32) (int32, error) {
	if len(heads) == 0 {
		return add(gState{kind: gByte, lo: 1, hi: 0, out: -1})
	}
	cur := heads[len(heads)-1]
	for i := len(heads) - 2; i >= 0; i-- {
		var err error
		if cur, err = add(gState{kind: gEps, out: heads[i], out1: cur}); err != nil {
			return 0, err
		}
	}
	return cur, nil
}

func normRanges(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i := 0; i+1 < len(rs); i += 2 {
		lo, hi := rs[i], rs[i+1]
		if lo > hi {
			lo, hi = hi, lo
		}
		out = append(out, lo, hi)
	}
	return out
}

func negateRanges(rs []rune) []rune {
	rs = normRanges(rs)
	// sort pairs
	for i := 2; i < len(rs); i += 2 {
		for j := i; j >= 2 && rs[j] < rs[j-2]; j -= 2 {
			rs[j], rs[j-2] = rs[j-2], rs[j]
			rs[j+1], rs[j-1] = rs[j-1], rs[j+1]
		}
	}
	var out []rune
	next := rune(0)
	for i := 0; i+1 < len(rs); i += 2 {
		if rs[i] > next {
			out = append(out, next, rs[i]-1)
		}
		if rs[i+1]+1 > next {
			next = rs[i+1] + 1
		}
	}
	if next <= utf8.MaxRune {
		out = append(out, next, utf8.MaxRune)
	}
	return out
}

// checkLeftRecursion rejects a rule that can call itself before reading a byte.
func (gg *gbnfGrammar) checkLeftRecursion() error {
	nullable := make([]bool, len(gg.start))
	// reach(s) walks epsilon, calls of nullable rules and returns
	for changed := true; changed; {
		changed = false
		for r := range gg.start {
			if nullable[r] {
				continue
			}
			if gg.epsReach(gg.start[r], nullable, nil) {
				nullable[r] = true
				changed = true
			}
		}
	}
	for r := range gg.start {
		calls := map[int32]bool{}
		gg.epsReach(gg.start[r], nullable, calls)
		// transitive closure over first calls
		seen := map[int32]bool{}
		stack := []int32{}
		for c := range calls {
			stack = append(stack, c)
		}
		for len(stack) > 0 {
			c := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if c == int32(r) {
				return fmt.Errorf("grammar: gbnf: rule %q is left-recursive", gg.names[r])
			}
			if seen[c] {
				continue
			}
			seen[c] = true
			more := map[int32]bool{}
			gg.epsReach(gg.start[c], nullable, more)
			for m := range more {
				stack = append(stack, m)
			}
		}
	}
	return nil
}

// epsReach reports whether the rule end is reachable from s without bytes;
// calls collects the rules called before any byte.
func (gg *gbnfGrammar) epsReach(s int32, nullable []bool, calls map[int32]bool) bool {
	seen := map[int32]bool{}
	var walk func(s int32) bool
	walk = func(s int32) bool {
		if s < 0 || seen[s] {
			return false
		}
		seen[s] = true
		st := gg.st[s]
		switch st.kind {
		case gRet:
			return true
		case gEps:
			a := walk(st.out)
			b := walk(st.out1)
			return a || b
		case gCall:
			if calls != nil {
				calls[st.rule] = true
			}
			if nullable[st.rule] {
				return walk(st.out)
			}
		}
		return false
	}
	return walk(s)
}

// gclosure expands a GBNF thread to the threads waiting on a byte; end
// reports whether the whole grammar may end. It visits each (state, stack)
// pair once: the first stack a state is reached with is stamped in a
// per-state table (constant time), and only a state reached again under
// another stack (a rule called from two places) is looked up in a list, so
// the cost is linear in the states reached. The table (12 bytes a state,
// made on first use) keeps stale stacks, never read once their stamp is old.
func (sp *stepper) gclosure(t thread, out []thread) (res []thread, end bool) {
	gg := sp.g.gbnf
	if len(sp.gstamp) != len(gg.st) {
		sp.gstamp, sp.gfirst, sp.ggen = make([]uint32, len(gg.st)), make([]*stk, len(gg.st)), 0
	}
	sp.ggen++
	if sp.ggen == 0 { // wrapped: no stamp may look current
		clear(sp.gstamp)
		sp.ggen = 1
	}
	gen, stamp, first := sp.ggen, sp.gstamp, sp.gfirst
	seen := sp.gseen[:0]
	visit := func(s int32, up *stk) bool {
		if stamp[s] != gen {
			stamp[s], first[s] = gen, up
			return true
		}
		if first[s] == up {
			return false
		}
		for _, k := range seen {
			if k.s == s && k.up == up {
				return false
			}
		}
		seen = append(seen, gkey{s, up})
		return true
	}
	var walk func(s int32, up *stk)
	walk = func(s int32, up *stk) {
		if s < 0 || !visit(s, up) {
			return
		}
		st := gg.st[s]
		switch st.kind {
		case gByte:
			out = append(out, thread{f: frame{kind: kGBNF, ds: s}, up: up})
		case gEps:
			walk(st.out, up)
			walk(st.out1, up)
		case gCall:
			nt, ok := sp.push(thread{f: frame{kind: kGBNF, ds: st.out}, up: up}, frame{})
			if ok {
				walk(gg.start[st.rule], nt.up)
			}
		case gRet:
			if up == nil {
				end = true
				return
			}
			if up.f.kind != kGBNF {
				return
			}
			walk(up.f.ds, up.up)
		}
	}
	walk(t.f.ds, t.up)
	sp.gseen = seen
	return out, end
}

type gkey struct {
	s  int32
	up *stk
}

func (sp *stepper) stepGBNF(t thread, sym int, out []thread) []thread {
	if sym >= symSpecial {
		return out
	}
	ws, _ := sp.gclosure(t, sp.gbuf[:0])
	sp.gbuf = ws
	gg := sp.g.gbnf
	b := byte(sym)
	for _, w := range ws {
		st := gg.st[w.f.ds]
		if st.lo <= b && b <= st.hi {
			out = append(out, thread{f: frame{kind: kGBNF, ds: st.out}, up: w.up})
		}
	}
	return out
}

func (sp *stepper) gbnfChildDone(p thread, c frame) (thread, bool) { return thread{}, false }

func (sp *stepper) gbnfCanEnd(t thread) bool {
	_, end := sp.gclosure(t, nil)
	return end
}
