// Package grammar compiles JSON Schemas, regular expressions, literal
// choices, GBNF grammars and Qwen2.5's tool-call format into token masks, so
// that constrained decoding can never leave the grammar.
//
// A Grammar is compiled once (it is immutable and shared); each generation
// takes its own Matcher:
//
//	g, err := grammar.CompileJSONSchema(vocab, schema, grammar.Options{})
//	m := g.NewMatcher()
//	m.Mask(bits)      // tokens allowed next
//	m.Accept(tok)     // advance; an error says why a token is not allowed
//	m.Rollback(n)     // undo n tokens
//	m.Forced()        // bytes the grammar forces now (jump-forward)
//	m.Done()          // the output may end here
//
// The engine is a nondeterministic pushdown machine over bytes whose
// terminals are byte automata (strings, keys, literals, patterns). A mask is
// computed by walking the vocabulary's token trie with the machine state,
// pruning a subtree on its first rejected byte; while a lexeme (a string,
// say) is open, the tokens that stay inside it come from a per-automaton-state
// cache and only the tokens that leave it are walked with the full state.
// That cache is built by a slicer (slice.go): whole slices of the
// vocabulary (letters and digits, plain ASCII, plain UTF-8) that provably
// stay inside the lexeme are OR-ed in without a walk.
//
// # What the JSON Schema matcher accepts
//
// Soundness first: the matcher never accepts an instance the schema rejects;
// where exact enforcement is impossible the schema does not compile (a
// *CompileError names the keyword and its JSON pointer). Where it is
// cheaper, the matcher accepts a well-defined subset of the valid texts:
//
//   - Property order: by default declared properties must follow the
//     schema's order (each optional one may be skipped; undeclared ones may
//     come anywhere), so generation follows the schema. Options.AnyOrder
//     accepts any order; the test-suite and MaskBench checks use it, since
//     their instances list keys in their own order. Duplicate keys are
//     refused.
//   - Whitespace: none by default (Compact); Flexible allows bounded JSON
//     whitespace between tokens; Separators allows one space after ',' and
//     ':' (the tool-call default).
//   - Strings: escapes \" \\ \/ \b \f \n \r \t, \u00XX for control
//     characters and \u2028/\u2029; any \uXXXX only in unconstrained strings.
//     minLength/maxLength count code points. With a pattern or format a
//     string never takes a character that would leave the rest of its
//     pattern no room under maxLength; where the pattern's lengths are few
//     (a format of fixed shape, a finite pattern) the bounds become part of
//     its automaton, so minLength is met exactly too. A cyclic pattern
//     can always reach minLength.
//   - Numbers: "integer" means integer syntax (no 1.0); exponents only for
//     numbers without bounds or multipleOf; at most 32 characters. Bounds
//     and multipleOf are exact (rational arithmetic).
//   - Formats (date-time, date, time, duration, email, hostname, ipv4, ipv6,
//     uuid, uri) accept a subset of their valid values (calendar exact, no
//     leap seconds, ASCII host names, no IPv6 zone); others are errors.
//   - enum/const compare against the values' compact text.
//   - oneOf compiles when its branches are provably disjoint (types,
//     const/enum discriminators, required vs. forbidden properties, number
//     ranges), when they constrain objects only and are disjoint as objects,
//     or when each requires one distinct property.
//   - if/then/else compiles when "if" says one property is a const or an
//     enum of strings (optionally required): exactly (if and then) or
//     (not if and else). Other forms of "if" are errors.
package grammar

import (
	"fmt"
	"sync"
)

// WhitespaceMode says where JSON whitespace may appear.
type WhitespaceMode int

const (
	// Compact allows no whitespace at all (the default).
	Compact WhitespaceMode = iota
	// Flexible allows spaces, tabs and newlines between JSON tokens,
	// bounded by Options.MaxNewlines and Options.MaxSpaces per slot.
	Flexible
	// Separators allows one optional space after ',' and ':' only: both
	// {"a":1,"b":2} and {"a": 1, "b": 2}.
	Separators
)

// Options tune a compilation. The zero value is compact JSON, properties in
// schema order, the vocabulary's default stop tokens and default Limits.
type Options struct {
	Whitespace  WhitespaceMode // where whitespace may appear (default Compact)
	MaxNewlines int            // Flexible: newlines per whitespace slot (default 1)
	MaxSpaces   int            // Flexible: spaces or tabs in a row (default 20)
	// AnyOrder accepts declared properties in any order. By default they
	// must follow the schema's order (each may be skipped when optional);
	// undeclared properties may appear anywhere either way.
	AnyOrder bool
	// StopTokens are the caller's end-of-output tokens (EOS, <|im_end|>):
	// allowed in the mask exactly when Done. Nil takes Vocabulary.DefaultStops.
	StopTokens []int
	// Limits bound the compilation's cost; zero fields take their defaults.
	Limits Limits
	// Resources holds documents for remote $ref, by absolute URI.
	Resources map[string][]byte
	// Draft is 7 for draft-07 semantics ($ref ignores its sibling $id) or
	// 2020 for draft 2020-12; 0 reads $schema (default 2020-12).
	Draft int
}

type wsConf struct {
	flexible bool
	sepOnly  bool
	maxNL    int
	maxSP    int
}

func (o *Options) wsConf() wsConf {
	switch o.Whitespace {
	case Flexible:
		w := wsConf{flexible: true, maxNL: o.MaxNewlines, maxSP: o.MaxSpaces}
		if w.maxNL <= 0 {
			w.maxNL = 1
		}
		if w.maxSP <= 0 {
			w.maxSP = 20
		}
		if w.maxSP > 255 {
			w.maxSP = 255
		}
		return w
	case Separators:
		return wsConf{sepOnly: true}
	}
	return wsConf{}
}

// Grammar is a compiled grammar: immutable apart from internal caches,
// safe for concurrent use, shared by any number of Matchers.
type Grammar struct {
	vocab   *Index
	root    *valNode
	start   frame
	startUp *stk // parent stack of the start frame (nil: none)
	ws      wsConf
	lim     Limits
	stops   []int
	tool    *toolSpec
	gbnf    *gbnfGrammar
	// Stats
	nodes int

	startOnce sync.Once
	startMask []uint64 // the mask at the start of the output

	shared sharedCache
}

// sharedCache holds what every matcher of a grammar reuses: interned
// parent stacks (so equal stacks are one pointer across matchers) and the
// token lists of mask walks keyed by thread (a frame and an interned
// stack), so a walk paid by one generation serves the next ones. Entries
// are immutable; the maps are bounded (cleared when full).
type sharedCache struct {
	mu          sync.Mutex
	intern      map[stkKey]*stk
	exitCache   map[thread][]int32
	structCache map[thread][]int32
}

// maxInterned bounds the interned stacks of a grammar.
const maxInterned = 1 << 16

func (c *sharedCache) get(m *map[thread][]int32, t thread) ([]int32, bool) {
	c.mu.Lock()
	toks, ok := (*m)[t]
	c.mu.Unlock()
	return toks, ok
}

func (c *sharedCache) put(m *map[thread][]int32, t thread, toks []int32) {
	c.mu.Lock()
	if *m == nil || len(*m) >= maxSharedCache {
		*m = map[thread][]int32{}
	}
	(*m)[t] = toks
	c.mu.Unlock()
}

func newGrammar(v *Index, o *Options) *Grammar {
	g := &Grammar{vocab: v, ws: o.wsConf(), lim: o.Limits.withDefaults()}
	if o.StopTokens != nil {
		g.stops = append([]int(nil), o.StopTokens...)
	} else if v != nil {
		g.stops = v.DefaultStops()
	}
	return g
}

// Vocabulary returns the vocabulary the grammar was compiled for (nil for
// a byte-level grammar).
func (g *Grammar) Vocabulary() *Index { return g.vocab }

// StopTokens returns the tokens that end the output.
func (g *Grammar) StopTokens() []int { return append([]int(nil), g.stops...) }

// NewMatcher starts matching at the beginning of the output.
func (g *Grammar) NewMatcher() *Matcher {
	m := &Matcher{g: g}
	m.sp.g = g
	m.Reset()
	return m
}

func (g *Grammar) isStop(tok int) bool {
	for _, s := range g.stops {
		if s == tok {
			return true
		}
	}
	return false
}

// config is the matcher state after some tokens: the live threads, or
// stopped after a stop token.
type config struct {
	ts      []thread
	stopped bool
}

type stkKey struct {
	f  frame
	up *stk
}

// Matcher follows one output through a Grammar. It is not safe for
// concurrent use; give each generation its own.
type Matcher struct {
	g       *Grammar
	hist    []config
	sp      stepper
	bufs    [][]thread
	tmp     []int32
	scratch []uint64
	masks   int
}

// Reset returns to the start of the output.
func (m *Matcher) Reset() {
	m.hist = m.hist[:0]
	m.hist = append(m.hist, config{ts: []thread{{f: m.g.start, up: m.g.startUp}}})
	if m.sp.slab == nil {
		m.sp.slab = make([]stk, 0, slabMin)
	}
}

func (m *Matcher) cur() *config { return &m.hist[len(m.hist)-1] }

// Done reports whether the output may end here (a stop token is allowed).
func (m *Matcher) Done() bool {
	c := m.cur()
	if c.stopped {
		return true
	}
	for _, t := range c.ts {
		if m.sp.canEnd(t) {
			return true
		}
	}
	return false
}

// Stopped reports whether a stop token has been accepted.
func (m *Matcher) Stopped() bool { return m.cur().stopped }

// Pos is the number of accepted steps (tokens or AcceptBytes calls).
func (m *Matcher) Pos() int { return len(m.hist) - 1 }

// Rollback undoes the last n accepted steps. Cost O(1) per step.
func (m *Matcher) Rollback(n int) error {
	if n < 0 || n > len(m.hist)-1 {
		return fmt.Errorf("grammar: cannot roll back %d tokens (%d accepted)", n, len(m.hist)-1)
	}
	m.hist = m.hist[:len(m.hist)-n]
	return nil
}

// advance steps every thread by sym, deduplicates and caps the branches.
func (m *Matcher) advance(ts []thread, sym int, out []thread) []thread {
	for _, t := range ts {
		out = m.sp.step(t, sym, out)
	}
	return m.dedup(out)
}

// dedup keeps the first occurrence of each thread of out, and at most
// Limits.Branches of them: it stops at that many, so that its cost is at
// most Branches comparisons a thread however many a step made.
func (m *Matcher) dedup(out []thread) []thread {
	if len(out) < 2 {
		return out
	}
	n := 0
outer:
	for i := range out {
		if n == m.g.lim.Branches {
			break
		}
		for j := 0; j < n; j++ {
			if out[j] == out[i] {
				continue outer
			}
		}
		out[n] = out[i]
		n++
	}
	return out[:n]
}

// internStk returns the grammar's interned copy of stack s (called with
// the shared cache locked).
func (m *Matcher) internStk(s *stk) *stk {
	if s == nil || s.owned {
		return s
	}
	up := m.internStk(s.up)
	k := stkKey{f: s.f, up: up}
	c := &m.g.shared
	if e, ok := c.intern[k]; ok {
		return e
	}
	n := &stk{f: s.f, up: up, depth: s.depth, owned: true}
	if c.intern == nil || len(c.intern) >= maxInterned {
		// stacks interned before stay valid (equal pointers still mean
		// equal stacks); only sharing is lost
		c.intern = map[stkKey]*stk{}
	}
	c.intern[k] = n
	return n
}

func (m *Matcher) commit(ts []thread) {
	out := make([]thread, len(ts))
	m.g.shared.mu.Lock()
	for i, t := range ts {
		out[i] = thread{f: t.f, up: m.internStk(t.up)}
	}
	m.g.shared.mu.Unlock()
	out = m.dedup(out)
	m.sp.resetSlab()
	m.hist = append(m.hist, config{ts: out})
}

// Accept advances by one token. It returns an error, and changes nothing,
// when the token is not allowed here.
func (m *Matcher) Accept(tok int) error {
	c := m.cur()
	if c.stopped {
		return fmt.Errorf("grammar: token %d after the end of output", tok)
	}
	if m.g.isStop(tok) {
		if !m.Done() {
			return fmt.Errorf("grammar: stop token %d before the output is complete", tok)
		}
		m.hist = append(m.hist, config{stopped: true})
		return nil
	}
	v := m.g.vocab
	if v == nil || tok < 0 || tok >= v.size {
		return fmt.Errorf("grammar: token %d out of range", tok)
	}
	if si, ok := v.specIdx[tok]; ok {
		ts := m.advance(c.ts, symSpecial+si, nil)
		if len(ts) == 0 {
			m.sp.resetSlab()
			return fmt.Errorf("grammar: special token %d not allowed here", tok)
		}
		m.commit(ts)
		return nil
	}
	b := v.toks[tok]
	if len(b) == 0 {
		return fmt.Errorf("grammar: token %d has no text", tok)
	}
	if err := m.acceptBytes(b); err != nil {
		return fmt.Errorf("grammar: token %d %q not allowed: %w", tok, b, err)
	}
	return nil
}

// AcceptBytes advances by raw text (one history step), as if a token with
// these bytes had been sampled.
func (m *Matcher) AcceptBytes(b []byte) error {
	if m.cur().stopped {
		return fmt.Errorf("grammar: text after the end of output")
	}
	return m.acceptBytes(b)
}

func (m *Matcher) acceptBytes(b []byte) error {
	ts := m.cur().ts
	var a, bb []thread
	for i, c := range b {
		a = m.liveOnly(m.advance(ts, int(c), a[:0]))
		if len(a) == 0 {
			m.sp.resetSlab()
			return fmt.Errorf("byte %d (%q) rejected", i, c)
		}
		ts, a, bb = a, bb, a
		_ = bb
	}
	m.commit(ts)
	return nil
}

// Forced returns the bytes the grammar forces from here: the longest text
// that every allowed continuation starts with (stopping where the output
// may end or a special token is possible). Cost: 256 steps per byte.
func (m *Matcher) Forced() []byte {
	c := m.cur()
	if c.stopped {
		return nil
	}
	ts := c.ts
	var out []byte
	var buf []thread
	if cap(m.sp.slab) < slabMax {
		// the walk below stops when the slab is nearly full
		m.sp.slab = make([]stk, 0, slabMax)
	}
	defer m.sp.resetSlab()
	for len(out) < 1024 {
		for _, t := range ts {
			if m.sp.canEnd(t) {
				return out
			}
		}
		if m.g.vocab != nil {
			for si := range m.g.vocab.special {
				if len(m.advance(ts, symSpecial+si, nil)) > 0 {
					return out
				}
			}
		}
		only := -1
		var next []thread
		for b := 0; b < 256; b++ {
			buf = m.advance(ts, b, buf[:0])
			buf = m.liveOnly(buf)
			if len(buf) > 0 {
				if only >= 0 {
					return out
				}
				only = b
				next = append([]thread(nil), buf...)
			}
		}
		if only < 0 {
			return out
		}
		out = append(out, byte(only))
		ts = next
		if len(m.sp.slab) > slabMax-512 {
			return out
		}
	}
	return out
}

// liveOnly drops threads reading a key that can no longer become a key
// the object accepts (the mask prunes those too).
func (m *Matcher) liveOnly(ts []thread) []thread {
	n := 0
	for _, t := range ts {
		if !m.threadLive(t) {
			continue
		}
		ts[n] = t
		n++
	}
	return ts[:n]
}

// threadLive reports whether a thread can still finish its lexeme: a key
// that can become a key the object takes, an enum item of a uniqueItems
// array that can become a value not used yet.
func (m *Matcher) threadLive(t thread) bool {
	switch t.f.kind {
	case kKey:
		return m.keyLive(t, t.f.ds, t.f.h)
	case kLit:
		if uniqueParent(t) {
			used := t.up.f.s
			for _, nm := range t.f.d.nameReach(t.f.ds) {
				if int(nm>>3) >= len(used) || !bitGet(used, int(nm)) {
					return true
				}
			}
			return false
		}
	}
	return true
}

func uniqueParent(t thread) bool {
	return t.up != nil && t.up.f.kind == kArr && t.up.f.v.arr.unique
}

// AcceptsNothing reports whether no output can even start: the grammar
// takes no first byte and may not end empty. A JSON Schema whose
// constraints contradict each other where the compiler's pruning sees it
// (false, {"not": {}}, two types in an allOf, minLength above maxLength or
// beyond what a pattern or format allows, a required key that
// additionalProperties: false or propertyNames forbids, minProperties
// above the keys there can be, more uniqueItems than the items' enum has
// values) compiles to such a grammar: as a validator it rightly rejects
// every text, but decoding under it would stop at the first token with an
// empty mask, so callers that generate check it first.
//
// Deeper in the value the matcher avoids dead ends: a type, an optional
// property or an anyOf branch that has no value is never started; an
// object offers a key only while it can still be completed afterwards
// (required properties, dependentRequired, minProperties and
// maxProperties, schema order) and, when it must remember its keys for
// minProperties and has at most 256 undeclared ones, never one it has
// used; a number reaches its 32-character limit only with a text that can
// end there; a string with a pattern or format never runs out of room
// before maxLength (see the package doc). What remains: an object that
// remembers more than 256 possible undeclared keys (a key it has used may
// start again and then find no way on), a finite pattern whose lengths
// above 256 miss minLength and maxLength, and numbers whose bounds need
// more digits than the limit leaves. Cost: up to 256 one-byte steps from
// the start.
func (g *Grammar) AcceptsNothing() bool {
	m := g.NewMatcher()
	if m.Done() {
		return false
	}
	for b := 0; b < 256; b++ {
		if m.AcceptBytes([]byte{byte(b)}) == nil {
			return false
		}
	}
	return true
}
