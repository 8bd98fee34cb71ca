package grammar

import (
	"encoding/binary"
	"sync"
)

// The matcher is a nondeterministic pushdown machine over bytes. A thread
// is one configuration: the top frame plus an immutable parent stack, so a
// step copies one small frame and keeping history costs nothing. Several
// threads are alive when the grammar is ambiguous so far (anyOf branches
// that start alike); the set is bounded by Limits.Branches.

// Type bits of a value node.
const (
	tNull uint8 = 1 << iota
	tBool
	tObj
	tArr
	tStr
	tNum
)

// valNode is one compiled schema position: the values allowed there.
type valNode struct {
	alts  []*valNode // when non-nil: the union of alts, nothing else
	types uint8
	lit   *dfa // enum/const: automaton of the allowed JSON texts (replaces types)
	// litNum: the enum's numbers are num (a union of exact values), not
	// texts in lit, so every spelling of an allowed value is accepted
	litNum bool
	obj    *objSpec
	arr    *arrSpec
	str    *strSpec
	num    *numSpec
	sat    bool // some value is allowed
	ptr    string
}

type propSpec struct {
	name string
	val  *valNode
}

type objSpec struct {
	props    []propSpec
	keyDFA   *dfa       // JSON text of a key after its opening quote
	keyVal   []*valNode // per closed key state without a declared name: the value schema
	required []int      // indices into props
	minProps int
	maxProps int // -1: unbounded
	depReq   [][]int
	anyOrder bool
	track    bool // remember undeclared keys (minProperties counts distinct keys)
	// simpleOpen: any string is a key prefix (no propertyNames), so key
	// masks come from the plain string automaton (its state kept in cnt)
	simpleOpen bool
	open       bool // some undeclared key is allowed
	nbytes     int  // bytes of the seen-set at the start of frame.s

	namedOnce    sync.Once
	named        []bool // per declared property: the key automaton takes its name
	otherOnce    sync.Once
	others       []int32 // closed key states without a declared name but with a schema
	othersFinite bool    // finitely many key texts reach them
	otherTexts   []int   // per others state, when finite: the key texts that reach it

	reachOnce  sync.Once
	reachNames [][]int32
	reachOther []bool
	reachNO    []bool // a names-only state is reachable (see namesOnly)

	namesMu sync.Mutex
	namesBy map[int32]map[int32][]int32 // namesOnly by start state
}

type arrSpec struct {
	prefix   []*valNode
	items    *valNode // nil: no items past prefix
	minItems int
	maxItems int // -1: unbounded
	// unique: items come from one enum automaton and each value at most
	// once (frame.s holds the set of values used)
	unique bool
	// values: for unique, how many distinct values the items allow (an
	// array holds at most that many); −1 until the enums are filtered
	values int
}

func (a *arrSpec) item(i int) *valNode {
	if i < len(a.prefix) {
		return a.prefix[i]
	}
	return a.items
}

type strSpec struct {
	d      *dfa
	minLen int
	maxLen int // -1: unbounded
}

func (s *strSpec) counted() bool { return s.minLen > 0 || s.maxLen >= 0 }

// fits reports whether the shortest text the automaton takes is at most
// maxLen characters (a counted string with a maxLen).
func (s *strSpec) fits() bool {
	if s.d.boundary == nil {
		return true
	}
	need, _ := s.d.closeChars()
	return int(need[0]) <= s.maxLen
}

// Frame kinds.
const (
	kRoot uint8 = iota
	kStr
	kKey
	kLit
	kNum
	kObj
	kArr
	kText // free text (tool calls)
	kTool
	kRaw // whole-output automaton (regex, choice)
	kGBNF
)

// Object phases.
const (
	oOpen uint8 = iota
	oKey
	oAfterKey
	oColon
	oValue
	oAfterVal
	oComma
)

// Array phases.
const (
	aOpen uint8 = iota
	aValue
	aAfterVal
	aComma
)

type frame struct {
	kind uint8
	st   uint8
	ws   uint16
	ds   int32 // automaton state; objects: last declared property (schema order)
	cnt  int32 // characters, items or properties so far
	h    uint64
	v    *valNode
	next *valNode
	d    *dfa
	s    string // number prefix; objects: seen-set bytes then 8-byte key hashes
	g    *gbnfPos
}

type stk struct {
	f     frame
	up    *stk
	depth int32
	owned bool // interned (safe to keep across steps)
}

type thread struct {
	f  frame
	up *stk
}

// symbols: bytes are 0..255; special tokens are symSpecial+index.
const symSpecial = 256

// stepper carries what one step needs: the grammar and an allocator for
// stack cells (a slab reset after each mask walk, or the heap).
type stepper struct {
	g       *Grammar
	slab    []stk
	heap    bool
	spilled bool     // the slab was full since the last reset
	gseen   []gkey   // GBNF closure scratch: states seen again under another stack
	gstamp  []uint32 // GBNF closure scratch: per state, the closure that last reached it
	gfirst  []*stk   // GBNF closure scratch: per state, the stack it was first reached with
	ggen    uint32   // GBNF closure scratch: the current closure's number
	gbuf    []thread // GBNF closure scratch
}

func (sp *stepper) push(t thread, child frame) (thread, bool) {
	var d int32
	if t.up != nil {
		d = t.up.depth + 1
	}
	if int(d) >= sp.g.lim.StackDepth {
		return thread{}, false
	}
	var c *stk
	if sp.heap || len(sp.slab) == cap(sp.slab) {
		sp.spilled = sp.spilled || !sp.heap
		c = &stk{f: t.f, up: t.up, depth: d}
	} else {
		sp.slab = sp.slab[:len(sp.slab)+1]
		c = &sp.slab[len(sp.slab)-1]
		*c = stk{f: t.f, up: t.up, depth: d}
	}
	return thread{f: child, up: c}, true
}

// Stack slab sizes: a matcher starts with slabMin cells and doubles its
// slab, up to slabMax, after a walk that overflowed it (cells beyond the
// slab come from the heap), so a matcher costs little until its grammar
// needs more.
const (
	slabMin = 256
	slabMax = 4096
)

// resetSlab frees the slab's cells for the next walk (nothing may point
// into them any more), growing it when the last walk overflowed it.
func (sp *stepper) resetSlab() {
	if sp.spilled && cap(sp.slab) < slabMax {
		sp.slab = make([]stk, 0, min(2*cap(sp.slab), slabMax))
	} else {
		sp.slab = sp.slab[:0]
	}
	sp.spilled = false
}

func isWS(b int) bool { return b == ' ' || b == '\t' || b == '\n' }

// wsStep consumes a whitespace byte in a slot of a container frame.
// sepSlot marks the slots right after ',' and ':'.
func (sp *stepper) wsStep(f *frame, b int, sepSlot bool) bool {
	w := &sp.g.ws
	if !isWS(b) {
		return false
	}
	if w.sepOnly {
		if !sepSlot || b != ' ' || f.ws > 0 {
			return false
		}
		f.ws = 1
		return true
	}
	if !w.flexible {
		return false
	}
	nl, spc := int(f.ws>>8), int(f.ws&0xff)
	if b == '\n' {
		if nl >= w.maxNL {
			return false
		}
		nl++
		spc = 0
	} else {
		if spc >= w.maxSP {
			return false
		}
		spc++
	}
	f.ws = uint16(nl<<8 | spc)
	return true
}

// step advances thread t by one symbol, appending the resulting threads.
func (sp *stepper) step(t thread, sym int, out []thread) []thread {
	f := t.f
	switch f.kind {
	case kRoot:
		if f.st == 0 {
			f.st = 1
			return sp.dispatch(thread{f: f, up: t.up}, sp.g.root, sym, out)
		}
		return out
	case kStr, kKey, kLit, kText, kRaw:
		return sp.stepLex(t, sym, out)
	case kNum:
		if sym < symSpecial {
			if np, ok := f.v.num.appendByte(f.s, byte(sym)); ok {
				f.s = np
				out = append(out, thread{f: f, up: t.up})
			}
		}
		if f.v.num.complete(f.s) {
			if p, ok := sp.complete(t); ok {
				out = sp.step(p, sym, out)
			}
		}
		return out
	case kObj:
		return sp.stepObj(t, sym, out)
	case kArr:
		return sp.stepArr(t, sym, out)
	case kTool:
		return sp.stepTool(t, sym, out)
	case kGBNF:
		return sp.stepGBNF(t, sym, out)
	}
	return out
}

// final reports an accepting state with no way on: the lexeme is over.
func (d *dfa) final(s int32) bool {
	if !d.accept[s] {
		return false
	}
	if d.closed != nil {
		return d.closed[s]
	}
	for c := 0; c < d.nclass; c++ {
		if d.trans[int(s)*d.nclass+c] >= 0 {
			return false
		}
	}
	return true
}

func (sp *stepper) stepLex(t thread, sym int, out []thread) []thread {
	f := t.f
	d := f.d
	if sym < symSpecial {
		if ns := d.step(f.ds, byte(sym)); ns >= 0 {
			nf := f
			nf.ds = ns
			ok := true
			// a character counts at its first byte (a partial character
			// already takes its place)
			if f.kind == kStr && f.v.str.counted() && d.boundary != nil {
				if d.boundary[f.ds] && !d.closed[ns] {
					nf.cnt++
				}
				// room for the characters the pattern still needs, and
				// enough of them still possible for minLen
				if mx := f.v.str.maxLen; mx >= 0 {
					need, _ := d.closeChars()
					if int(nf.cnt)+int(need[ns]) > mx {
						ok = false
					}
				}
				if mn := f.v.str.minLen; int(nf.cnt) < mn && int(nf.cnt)+int(d.closeCharsMax()[ns]) < mn {
					ok = false
				}
			}
			if f.kind == kKey {
				if f.v.obj.track {
					nf.h = keyHashByte(nf.h, byte(sym))
				}
				if f.v.obj.simpleOpen {
					nf.cnt = countedStringDFA.step(f.cnt, byte(sym))
					if nf.cnt < 0 {
						ok = false
					}
				}
			}
			if ok {
				nt := thread{f: nf, up: t.up}
				if d.final(ns) && f.kind != kRaw {
					if p, ok := sp.complete(nt); ok {
						out = append(out, p)
					}
				} else {
					out = append(out, nt)
				}
			}
		}
	}
	// an accepting lexeme that can go on may also end before this symbol
	if (f.kind == kLit || f.kind == kText) && d.accept[f.ds] && !d.final(f.ds) {
		if p, ok := sp.complete(t); ok {
			out = sp.step(p, sym, out)
		}
	}
	return out
}

// complete pops the finished value on top of t into its parent.
func (sp *stepper) complete(t thread) (thread, bool) {
	c := t.f
	switch c.kind {
	case kStr:
		if int(c.cnt) < c.v.str.minLen {
			return thread{}, false
		}
	case kNum:
		if !c.v.num.complete(c.s) {
			return thread{}, false
		}
	}
	if t.up == nil {
		return thread{}, false
	}
	p := t.up.f
	up := t.up.up
	switch p.kind {
	case kRoot:
		p.st = 1
	case kObj:
		if c.kind == kKey {
			if !sp.resolveKey(&p, &c) {
				return thread{}, false
			}
		} else {
			p.st = oAfterVal
			p.ws = 0
		}
	case kArr:
		p.st = aAfterVal
		p.ws = 0
		if p.v.arr.unique {
			if c.kind != kLit || c.d.name == nil || c.d.name[c.ds] < 0 {
				return thread{}, false
			}
			i := int(c.d.name[c.ds])
			for len(p.s) <= i>>3 {
				p.s += "\x00"
			}
			if bitGet(p.s, i) {
				return thread{}, false // a value already used
			}
			p.s = bitSet(p.s, i)
		}
	case kTool:
		p = sp.toolChildDone(p, c)
	case kGBNF:
		return sp.gbnfChildDone(thread{f: p, up: up}, c)
	default:
		return thread{}, false
	}
	return thread{f: p, up: up}, true
}

// dispatch starts a value of node v with its first symbol.
func (sp *stepper) dispatch(parent thread, v *valNode, sym int, out []thread) []thread {
	if v == nil || !v.sat {
		return out
	}
	if v.alts != nil {
		for _, a := range v.alts {
			out = sp.dispatch(parent, a, sym, out)
		}
		return out
	}
	if sym >= symSpecial {
		return out
	}
	b := byte(sym)
	var lit *dfa
	switch {
	case v.lit != nil && v.litNum && (b == '-' || (b >= '0' && b <= '9')):
		// a numeric enum value, compared by value: the number path below
	case v.lit != nil:
		lit = v.lit
	case b == 't' || b == 'f':
		if v.types&tBool != 0 {
			lit = boolDFA
		}
	case b == 'n':
		if v.types&tNull != 0 {
			lit = nullDFA
		}
	}
	if lit != nil {
		if s := lit.step(0, b); s >= 0 {
			nt, ok := sp.push(parent, frame{kind: kLit, v: v, d: lit, ds: s})
			if ok {
				if lit.final(s) {
					if p, ok := sp.complete(nt); ok {
						out = append(out, p)
					}
				} else {
					out = append(out, nt)
				}
			}
		}
		return out
	}
	switch {
	case b == '{' && v.types&tObj != 0:
		o := v.obj
		f := frame{kind: kObj, v: v, ds: -1}
		if o.nbytes > 0 {
			f.s = string(make([]byte, o.nbytes))
		}
		if nt, ok := sp.push(parent, f); ok {
			out = append(out, nt)
		}
	case b == '[' && v.types&tArr != 0:
		if nt, ok := sp.push(parent, frame{kind: kArr, v: v}); ok {
			out = append(out, nt)
		}
	case b == '"' && v.types&tStr != 0:
		if nt, ok := sp.push(parent, frame{kind: kStr, v: v, d: v.str.d}); ok {
			out = append(out, nt)
		}
	case (b == '-' || (b >= '0' && b <= '9')) && v.types&tNum != 0:
		if np, ok := v.num.appendByte("", b); ok {
			if nt, ok := sp.push(parent, frame{kind: kNum, v: v, s: np}); ok {
				out = append(out, nt)
			}
		}
	}
	return out
}

func bitGet(s string, i int) bool { return s[i>>3]&(1<<(i&7)) != 0 }

func bitSet(s string, i int) string {
	b := []byte(s)
	b[i>>3] |= 1 << (i & 7)
	return string(b)
}

func (sp *stepper) stepObj(t thread, sym int, out []thread) []thread {
	f := t.f
	o := f.v.obj
	switch f.st {
	case oOpen, oAfterKey, oColon, oAfterVal, oComma:
		if sp.wsStep(&f, sym, f.st == oColon || f.st == oComma) {
			return append(out, thread{f: f, up: t.up})
		}
	}
	f.ws = 0
	switch f.st {
	case oOpen, oComma:
		if sym == '"' && sp.canAddKey(&f) {
			f.st = oKey
			kf := frame{kind: kKey, v: f.v, d: o.keyDFA}
			if o.track {
				kf.h = 14695981039346656037
			}
			if nt, ok := sp.push(thread{f: f, up: t.up}, kf); ok {
				out = append(out, nt)
			}
		} else if sym == '}' && f.st == oOpen && sp.canClose(&f) {
			if p, ok := sp.complete(thread{f: f, up: t.up}); ok {
				out = append(out, p)
			}
		}
	case oAfterKey:
		if sym == ':' {
			f.st = oColon
			out = append(out, thread{f: f, up: t.up})
		}
	case oColon:
		f.st = oValue
		out = sp.dispatch(thread{f: f, up: t.up}, f.next, sym, out)
	case oAfterVal:
		if sym == ',' && sp.canAddKey(&f) {
			f.st = oComma
			out = append(out, thread{f: f, up: t.up})
		} else if sym == '}' && sp.canClose(&f) {
			if p, ok := sp.complete(thread{f: f, up: t.up}); ok {
				out = append(out, p)
			}
		}
	}
	return out
}

// unseenRequired counts required properties not yet present.
func (o *objSpec) unseenRequired(f *frame) int {
	n := 0
	for _, r := range o.required {
		if !bitGet(f.s, r) {
			n++
		}
	}
	return n
}

func (sp *stepper) canAddKey(f *frame) bool {
	o := f.v.obj
	if o.maxProps >= 0 && int(f.cnt) >= o.maxProps {
		return false
	}
	if o.open && o.otherLive(f) {
		return true
	}
	// some declared property still available
	for i := range o.props {
		if sp.propAvailable(f, i) {
			return true
		}
	}
	return false
}

// propAvailable reports whether declared property i may come next: not
// present yet, with a value, not skipping a required property (in schema
// order), and leaving the object able to end (see finishable).
func (sp *stepper) propAvailable(f *frame, i int) bool {
	o := f.v.obj
	if bitGet(f.s, i) || !o.props[i].val.sat || !o.keyNamed(i) {
		return false
	}
	if !o.anyOrder {
		if int32(i) <= f.ds {
			return false
		}
		// no required property may be skipped
		for _, r := range o.required {
			if r > int(f.ds) && r < i && !bitGet(f.s, r) {
				return false
			}
		}
	}
	after := int32(i)
	if o.anyOrder {
		after = f.ds
	}
	return o.finishable(f.s, i, int(f.cnt)+1, after)
}

func (sp *stepper) canClose(f *frame) bool {
	o := f.v.obj
	if int(f.cnt) < o.minProps {
		return false
	}
	if o.unseenRequired(f) > 0 {
		return false
	}
	for i, deps := range o.depReq {
		if len(deps) == 0 || !bitGet(f.s, i) {
			continue
		}
		for _, d := range deps {
			if !bitGet(f.s, d) {
				return false
			}
		}
	}
	return true
}

// resolveKey applies a finished key to its object frame.
func (sp *stepper) resolveKey(p *frame, k *frame) bool {
	o := p.v.obj
	cs := k.ds
	nm := o.keyDFA.name[cs]
	if nm >= 0 {
		i := int(nm)
		if !sp.propAvailable(p, i) {
			return false
		}
		p.s = bitSet(p.s, i)
		if !o.anyOrder {
			p.ds = int32(i)
		}
		p.next = o.props[i].val
	} else {
		v := o.keyVal[cs]
		if v == nil || !v.sat || !o.finishable(p.s, newOther, int(p.cnt)+1, p.ds) {
			return false
		}
		if o.track {
			if o.usedKey(p, k.h) {
				return false // duplicate key
			}
			var hb [8]byte
			binary.LittleEndian.PutUint64(hb[:], k.h)
			p.s += string(hb[:])
		}
		p.next = v
	}
	p.cnt++
	if o.maxProps >= 0 && int(p.cnt)+o.unseenRequired(p) > o.maxProps {
		return false
	}
	p.st = oAfterKey
	p.ws = 0
	return true
}

func (sp *stepper) stepArr(t thread, sym int, out []thread) []thread {
	f := t.f
	a := f.v.arr
	switch f.st {
	case aOpen, aAfterVal, aComma:
		if sp.wsStep(&f, sym, f.st == aComma) {
			return append(out, thread{f: f, up: t.up})
		}
	}
	f.ws = 0
	canAdd := func() bool {
		i := int(f.cnt)
		if (a.maxItems >= 0 && i >= a.maxItems) || (a.unique && a.values >= 0 && i >= a.values) {
			return false // (unique: every value is used)
		}
		it := a.item(i)
		return it != nil && it.sat
	}
	switch f.st {
	case aOpen, aComma:
		if sym == ']' && f.st == aOpen {
			if a.minItems == 0 {
				if p, ok := sp.complete(thread{f: f, up: t.up}); ok {
					out = append(out, p)
				}
			}
			return out
		}
		if canAdd() {
			it := a.item(int(f.cnt))
			f.st = aValue
			f.cnt++
			out = sp.dispatch(thread{f: f, up: t.up}, it, sym, out)
		}
	case aAfterVal:
		if sym == ',' && canAdd() {
			f.st = aComma
			out = append(out, thread{f: f, up: t.up})
		} else if sym == ']' && int(f.cnt) >= a.minItems {
			if p, ok := sp.complete(thread{f: f, up: t.up}); ok {
				out = append(out, p)
			}
		}
	}
	return out
}

// canEnd reports whether the output may end with thread t.
func (sp *stepper) canEnd(t thread) bool {
	f := t.f
	switch f.kind {
	case kRoot:
		return f.st == 1
	case kRaw:
		return f.d.accept[f.ds]
	case kNum, kLit, kText:
		if f.kind == kNum && !f.v.num.complete(f.s) {
			return false
		}
		if f.kind != kNum && !f.d.accept[f.ds] {
			return false
		}
		if p, ok := sp.complete(t); ok {
			return sp.canEnd(p)
		}
	case kTool:
		return sp.toolCanEnd(f)
	case kGBNF:
		return sp.gbnfCanEnd(t)
	}
	return false
}
