package grammar

import (
	"math/bits"
	"slices"
	"sync"
)

// lexKey names one state of one automaton.
type lexKey struct {
	d uint64
	s int32
}

// lexInfo is what the vocabulary does from one automaton state, independent
// of any context: the tokens that stay inside the lexeme (inner), and the
// trie nodes where the lexeme may end (exits), to be finished with the
// context of the matcher.
type lexInfo struct {
	inner    []uint64
	exits    []exitPt
	maxDelta int32 // largest character count among exits

	closeOnce sync.Once
	needy     []needyTok // inner tokens ending where the pattern still needs characters (see closeMask)
	shorty    []needyTok // inner tokens ending where the pattern allows boundedly many more (see closeMask)

	deltaOnce   sync.Once
	byDelta     [][]int32 // inner tokens by characters consumed (see deltas)
	plainDeltas bool      // byDelta leaves out the plain slices
}

type exitPt struct {
	node  int32
	state int32
	delta int32
}

// maxLexCache bounds the automaton-state masks an Index keeps for
// grammar automata (each ~19 KB for Qwen2.5); built-in automata are kept
// apart and never evicted.
const maxLexCache = 512

// lexInfo returns the context-free part of the mask from state s of d,
// computing it on first use (one trie walk). Safe for concurrent use.
func (v *Index) lexInfo(d *dfa, s int32) *lexInfo {
	k := lexKey{d.id, s}
	v.lexMu.Lock()
	li, ok := v.pre[k]
	if !ok {
		li, ok = v.lex[k]
	}
	v.lexMu.Unlock()
	if ok {
		return li
	}
	li = v.computeLex(d, s)
	v.lexMu.Lock()
	if d.builtin {
		v.pre[k] = li
	} else {
		if len(v.lex) >= maxLexCache {
			clear(v.lex)
		}
		v.lex[k] = li
	}
	v.lexMu.Unlock()
	return li
}

// walkLex visits every token path from automaton state s0: fn gets the
// node, the state after its byte and the characters consumed; it returns
// whether to descend.
func (v *Index) walkLex(d *dfa, s0 int32, fn func(node int32, s int32, delta int32) bool) {
	v.walkLexIn(v.trie, d, s0, fn)
}

// walkLexIn is walkLex over another trie (a slice's).
func (v *Index) walkLexIn(trie []trieNode, d *dfa, s0 int32, fn func(node int32, s int32, delta int32) bool) {
	type ent struct {
		node  int32
		s     int32
		delta int32
	}
	stack := make([]ent, 0, 256)
	stack = append(stack, ent{0, s0, 0})
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		end := trie[e.node].end
		base := int(e.s) * d.nclass
		bnd := d.boundary != nil && d.boundary[e.s]
		for c := e.node + 1; c < end; c = trie[c].end {
			ns := d.trans[base+int(d.classOf[trie[c].b])]
			if ns < 0 {
				continue
			}
			delta := e.delta
			if bnd && !d.closed[ns] {
				delta++
			}
			if fn(c, ns, delta) && trie[c].end > c+1 {
				stack = append(stack, ent{c, ns, delta})
			}
		}
	}
}

func (v *Index) setTok(dst []uint64, node int32) {
	t := v.trie[node].tok
	if t < 0 {
		return
	}
	dst[t>>6] |= 1 << (t & 63)
	for _, x := range v.dupsOf(node) {
		dst[x>>6] |= 1 << (x & 63)
	}
}

func (v *Index) computeLex(d *dfa, s0 int32) *lexInfo {
	li := &lexInfo{inner: make([]uint64, v.MaskWords())}
	if d == anyTextDFA {
		// free text takes every text token; its exits are never read
		// (a kText mask is its inner tokens), so no walk
		copy(li.inner, v.allText)
		return li
	}
	walked := 0
	for _, sl := range v.slices {
		if sl.contains(d, s0) {
			orBits(li.inner, sl.mask)
			continue
		}
		v.computeLexIn(li, sl, d, s0, nil)
		walked++
	}
	if walked > 1 && len(li.exits) > 1 {
		// a path that prefixes tokens of several slices was found in each
		seen := make([]uint64, (len(v.trie)+63)/64)
		n := 0
		for _, e := range li.exits {
			if seen[e.node>>6]&(1<<(e.node&63)) != 0 {
				continue
			}
			seen[e.node>>6] |= 1 << (e.node & 63)
			li.exits[n] = e
			n++
		}
		li.exits = li.exits[:n]
	}
	return li
}

// computeLexIn walks one slice's trie from state s0, adding its inner
// tokens and its exits (as main-trie nodes) to li; with tab, it also adds
// the inner tokens to (*tab)[k], k the characters consumed (capped at
// maxTokenChars+1).
func (v *Index) computeLexIn(li *lexInfo, sl *tokSlice, d *dfa, s0 int32, tab *[][]int32) {
	type ent struct{ node, s, delta int32 }
	trie := sl.trie
	mainOf := sl.main
	trans, nc, cls := d.trans, d.nclass, &d.classOf
	accept, closed, boundary := d.accept, d.closed, d.boundary
	inner := li.inner
	stack := make([]ent, 0, 256)
	stack = append(stack, ent{0, s0, 0})
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		end := trie[e.node].end
		base := int(e.s) * nc
		bnd := boundary != nil && boundary[e.s]
		for c := e.node + 1; c < end; c = trie[c].end {
			tn := &trie[c]
			ns := trans[base+int(cls[tn.b])]
			if ns < 0 {
				continue
			}
			delta := e.delta
			isClosed := closed != nil && closed[ns]
			if bnd && !isClosed {
				delta++
			}
			if accept[ns] {
				li.exits = append(li.exits, exitPt{mainOf[c], ns, delta})
				if delta > li.maxDelta {
					li.maxDelta = delta
				}
			}
			if isClosed {
				continue
			}
			if t := tn.tok; t >= 0 {
				inner[t>>6] |= 1 << (t & 63)
				for _, x := range v.dupsOf(mainOf[c]) {
					inner[x>>6] |= 1 << (x & 63)
				}
				if tab != nil {
					k := int(min(delta, maxTokenChars+1))
					for len(*tab) <= k {
						*tab = append(*tab, nil)
					}
					(*tab)[k] = append((*tab)[k], t)
					(*tab)[k] = append((*tab)[k], v.dupsOf(mainOf[c])...)
				}
			}
			if tn.end > c+1 {
				stack = append(stack, ent{c, ns, delta})
			}
		}
	}
}

// deltas returns the inner tokens from state s0 of string automaton d
// that deltaMask cannot count without a walk, by the characters each
// consumes: t[k] lists the tokens consuming k characters (k capped at
// maxTokenChars+1). From a character boundary that is only the rest
// slice: a plain slice's token consumes one character per byte that is
// not a UTF-8 continuation, whatever the automaton (Index.charsUpTo).
// Elsewhere (inside an escape or a UTF-8 sequence) every slice is walked.
func (li *lexInfo) deltas(v *Index, d *dfa, s0 int32) [][]int32 {
	li.deltaOnce.Do(func() {
		li.plainDeltas = d.boundary != nil && d.boundary[s0]
		scratch := &lexInfo{inner: make([]uint64, v.MaskWords())}
		for _, sl := range v.slices {
			if li.plainDeltas && sl.auto != nil {
				continue
			}
			v.computeLexIn(scratch, sl, d, s0, &li.byDelta)
		}
	})
	return li.byDelta
}

// deltaMask adds to dst the inner tokens from state s0 of string
// automaton d that consume at most room characters.
func (li *lexInfo) deltaMask(v *Index, d *dfa, s0 int32, room int32, dst []uint64) {
	if room < 0 {
		return
	}
	tab := li.deltas(v, d, s0)
	for k := 0; k <= int(room) && k < len(tab); k++ {
		setBits(dst, tab[k])
	}
	if !li.plainDeltas {
		return
	}
	upTo := v.charsUpTo[min(room, charsUpToMax)]
	for i, w := range li.inner {
		dst[i] |= w & upTo[i]
	}
	for k := charsUpToMax + 1; k <= int(room) && k < len(v.longChars); k++ {
		for _, t := range v.longChars[k] {
			if li.inner[t>>6]&(1<<(t&63)) != 0 {
				dst[t>>6] |= 1 << (t & 63)
			}
		}
	}
}

// namesOnly returns the inner tokens of o's key automaton from state s0
// that end in a state from which only declared names can follow (their
// liveness depends on which properties are still available), grouped by
// end state. It is kept per object, not per automaton: key automata are
// shared between objects whose value schemas differ.
func (o *objSpec) namesOnly(v *Index, s0 int32) map[int32][]int32 {
	o.namesMu.Lock()
	defer o.namesMu.Unlock()
	if m, ok := o.namesBy[s0]; ok {
		return m
	}
	d := o.keyDFA
	m := map[int32][]int32{}
	v.walkLex(d, s0, func(node, s, delta int32) bool {
		if d.closed[s] {
			return false
		}
		if _, other := o.keyReach(s); other {
			return o.reachNO[s]
		}
		if t := v.trie[node].tok; t >= 0 {
			m[s] = append(m[s], t)
			m[s] = append(m[s], v.dupsOf(node)...)
		}
		return true
	})
	if o.namesBy == nil {
		o.namesBy = map[int32]map[int32][]int32{}
	}
	o.namesBy[s0] = m
	return m
}

func setBits(dst []uint64, toks []int32) {
	for _, t := range toks {
		dst[t>>6] |= 1 << (t & 63)
	}
}

func clearBits(dst []uint64, toks []int32) {
	for _, t := range toks {
		dst[t>>6] &^= 1 << (t & 63)
	}
}

func orBits(dst, src []uint64) {
	for i := range src {
		dst[i] |= src[i]
	}
}

// maxSharedCache bounds each of a grammar's mask caches; it is cleared
// when full.
const maxSharedCache = 8192

// Mask fills dst (Vocabulary.MaskWords() words) with the tokens allowed
// next: bit i of dst[i/64] is set when token i may be accepted. Stop tokens
// are allowed exactly when Done.
func (m *Matcher) Mask(dst []uint64) {
	if len(m.hist) == 1 && m.g.vocab != nil {
		// the first mask is the same for every matcher: computed once
		g := m.g
		g.startOnce.Do(func() {
			g.startMask = make([]uint64, g.vocab.MaskWords())
			g.NewMatcher().mask(g.startMask)
		})
		clear(dst)
		copy(dst, g.startMask)
		m.masks++
		return
	}
	m.mask(dst)
}

func (m *Matcher) mask(dst []uint64) {
	clear(dst)
	m.masks++
	c := m.cur()
	if c.stopped {
		return
	}
	v := m.g.vocab
	defer m.sp.resetSlab()
	for _, t := range c.ts {
		m.threadMask(t, dst)
	}
	for si, id := range v.special {
		if m.g.isStop(id) {
			continue
		}
		if len(m.advance(c.ts, symSpecial+si, nil)) > 0 {
			dst[id>>6] |= 1 << (id & 63)
		}
	}
	if m.Done() {
		for _, id := range m.g.stops {
			if id >= 0 && id < v.size {
				dst[id>>6] |= 1 << (id & 63)
			}
		}
	}
}

// Masks reports how many masks this matcher computed.
func (m *Matcher) Masks() int { return m.masks }

func isLexKind(k uint8) bool {
	return k == kStr || k == kKey || k == kLit || k == kText || k == kRaw
}

func (m *Matcher) threadMask(t thread, dst []uint64) {
	v := m.g.vocab
	f := t.f
	if !isLexKind(f.kind) || (f.kind == kLit && uniqueParent(t)) {
		key := t
		if f.kind == kNum && !f.v.num.constrained() {
			// an unconstrained number goes on by its syntax phase and
			// length only: "12" and "34" share one walk
			key.f.s = canonNumber(f.s)
		}
		sc := &m.g.shared
		toks, ok := sc.get(&sc.structCache, key)
		if !ok {
			toks = m.walkFrom(0, []thread{t})
			sc.put(&sc.structCache, key, toks)
		}
		setBits(dst, toks)
		return
	}
	d := f.d
	var li *lexInfo
	shadow := f.kind == kKey && f.v.obj.simpleOpen
	if shadow {
		// an open object's key: the tokens are those of any string
		li = v.lexInfo(countedStringDFA, f.cnt)
	} else {
		li = v.lexInfo(d, f.ds)
	}
	switch {
	case f.kind == kKey && (f.v.obj.track && f.v.obj.othersFew() || f.v.obj.open && !f.v.obj.otherLive(&t.up.f)):
		// an object that remembers its keys and has few undeclared ones
		// (only prefixes that can still end as an unused key), or one
		// whose next key may not be undeclared (minProperties or
		// required properties need the room: only prefixes of available
		// declared names)
		m.keyMaskWalk(t, dst)
	case shadow:
		orBits(dst, li.inner)
	case f.kind == kStr && f.v.str.counted() && (int(f.cnt) < f.v.str.minLen || f.v.str.maxLen >= 0 && closeNear(d, f.cnt, f.v.str.maxLen)):
		room := int32(-1) // no maxLen
		if f.v.str.maxLen >= 0 {
			room = max(0, int32(f.v.str.maxLen)-f.cnt)
			if int(f.cnt) > f.v.str.maxLen {
				break
			}
		}
		m.scratch = li.closeMask(v, d, f.ds, room, int32(f.v.str.minLen)-f.cnt, dst, m.scratch)
	case f.kind == kKey:
		// key prefixes that can only become declared names count only
		// while such a name is still available
		// (cleared on a copy: other threads' tokens stay in dst)
		var scratch []uint64
		for s, toks := range f.v.obj.namesOnly(v, f.ds) {
			if !m.keyStateLive(t, s) {
				if scratch == nil {
					scratch = append(m.scratch[:0], li.inner...)
				}
				clearBits(scratch, toks)
			}
		}
		if scratch == nil {
			orBits(dst, li.inner)
		} else {
			orBits(dst, scratch)
			m.scratch = scratch
		}
	default:
		orBits(dst, li.inner)
	}
	if f.kind == kRaw || f.kind == kText || (len(li.exits) == 0 && !(f.kind == kLit && d.accept[f.ds])) {
		return
	}
	key := t
	if f.kind == kStr && f.v.str.counted() {
		sp := f.v.str
		if int(f.cnt) >= sp.minLen && (sp.maxLen < 0 || int(f.cnt+li.maxDelta) <= sp.maxLen) {
			key.f.cnt = -1
		}
	}
	sc := &m.g.shared
	toks, ok := sc.get(&sc.exitCache, key)
	if !ok {
		toks = m.exitTokens(t, li)
		sc.put(&sc.exitCache, key, toks)
	}
	setBits(dst, toks)
}

// keyLive reports whether key t, in key automaton state s with running
// hash h (t.f.h after the same bytes), can still end as a key its object
// takes now: an available declared name, or an undeclared key that leaves
// the object able to end and, where the object remembers its keys and has
// few undeclared ones (othersFew, as keyMaskWalk), one it has not used.
func (m *Matcher) keyLive(t thread, s int32, h uint64) bool {
	o := t.f.v.obj
	names, other := o.keyReach(s)
	p := t.up.f
	if other && o.finishable(p.s, newOther, int(p.cnt)+1, p.ds) && (!o.track || !o.othersFew() || o.freshKey(&p, s, h)) {
		return true
	}
	for _, i := range names {
		if m.sp.propAvailable(&p, int(i)) {
			return true
		}
	}
	return false
}

// keyMaskWalk sets the tokens that stay inside key t and leave it live
// (keyLive, with each token's hash where the object remembers its keys),
// walking the vocabulary's trie along the key automaton: threadMask's case
// for keys whose liveness the cached masks do not tell. Cost: the walk,
// uncached (short for few undeclared keys; the whole trie for an open
// object whose next key may not be undeclared, a rare case).
func (m *Matcher) keyMaskWalk(t thread, dst []uint64) {
	o := t.f.v.obj
	d := o.keyDFA
	v := m.g.vocab
	v.walkLex(d, t.f.ds, func(node, s, _ int32) bool {
		if d.closed[s] {
			return false // an exit (exitTokens)
		}
		h := t.f.h
		if o.track {
			h = keyHash(h, v.pathBytes(node))
		}
		if !m.keyLive(t, s, h) {
			return false // nor can any longer prefix
		}
		v.setTok(dst, node)
		return true
	})
}

// maxTokenChars bounds the characters one token can add (Qwen2.5: 128 bytes).
const maxTokenChars = 128

// keyStateLive reports whether a key automaton state can still finish as
// a key the object accepts now.
func (m *Matcher) keyStateLive(t thread, s int32) bool {
	o := t.f.v.obj
	names, other := o.keyReach(s)
	p := t.up.f
	if other && o.finishable(p.s, newOther, int(p.cnt)+1, p.ds) {
		return true
	}
	for _, i := range names {
		if m.sp.propAvailable(&p, int(i)) {
			return true
		}
	}
	return false
}

func (m *Matcher) exitTokens(t thread, li *lexInfo) []int32 {
	v := m.g.vocab
	f := t.f
	shadow := f.kind == kKey && f.v.obj.simpleOpen
	var out []int32
	if f.kind == kLit && f.d.accept[f.ds] {
		// the literal may end right here: tokens that start after it
		if p, ok := m.sp.complete(t); ok {
			out = append(out, m.walkFrom(0, []thread{p})...)
		}
	}
	for _, e := range li.exits {
		nf := f
		nf.ds = e.state
		if shadow {
			nf.ds = f.d.run(f.ds, v.pathBytes(e.node))
			if nf.ds < 0 || !f.d.final(nf.ds) {
				continue
			}
		}
		if f.kind == kStr && f.v.str.counted() {
			nf.cnt += e.delta
			if mx := f.v.str.maxLen; mx >= 0 && int(nf.cnt) > mx {
				continue
			}
		}
		if f.kind == kKey && f.v.obj.track {
			// the key hash depends on the bytes: replay them
			nf.h = keyHash(f.h, v.pathBytes(e.node))
		}
		p, ok := m.sp.complete(thread{f: nf, up: t.up})
		if !ok {
			continue
		}
		if f.d.final(nf.ds) {
			if tok := v.trie[e.node].tok; tok >= 0 {
				out = append(out, tok)
				out = append(out, v.dupsOf(e.node)...)
			}
		}
		out = append(out, m.walkFrom(e.node, []thread{p})...)
	}
	return out
}

// walkFrom returns the tokens below trie node n allowed from threads ts.
func (m *Matcher) walkFrom(n int32, ts []thread) []int32 {
	m.tmp = m.tmp[:0]
	m.walk(n, ts, 0)
	return slices.Clone(m.tmp)
}

func (m *Matcher) walk(n int32, ts []thread, depth int) {
	v := m.g.vocab
	trie := v.trie
	for len(m.bufs) <= depth {
		m.bufs = append(m.bufs, nil)
	}
	end := trie[n].end
	for c := n + 1; c < end; c = trie[c].end {
		out := m.advance(ts, int(trie[c].b), m.bufs[depth][:0])
		m.bufs[depth] = out
		if len(out) == 0 {
			continue
		}
		if tok := trie[c].tok; tok >= 0 && m.anyLive(out) {
			m.tmp = append(m.tmp, tok)
			m.tmp = append(m.tmp, v.dupsOf(c)...)
		}
		if trie[c].end > c+1 {
			m.walk(c, out, depth+1)
		}
	}
}

// pathBytes returns the bytes leading to trie node n.
func (v *Index) pathBytes(n int32) []byte {
	var rev [256]byte
	k := 0
	for ; n > 0 && k < len(rev); n = v.parent[n] {
		rev[k] = v.trie[n].b
		k++
	}
	out := make([]byte, k)
	for i := 0; i < k; i++ {
		out[i] = rev[k-1-i]
	}
	return out
}

// keyHash is keyHashByte over every byte of b.
func keyHash(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = keyHashByte(h, c)
	}
	return h
}

// popcount of a mask (for statistics and tests).
func popcount(mask []uint64) int {
	n := 0
	for _, w := range mask {
		n += bits.OnesCount64(w)
	}
	return n
}

// anyLive reports whether some thread is not a dead-end key prefix.
func (m *Matcher) anyLive(ts []thread) bool {
	for _, t := range ts {
		if m.threadLive(t) {
			return true
		}
	}
	return false
}
