package grammar

import (
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// dfa is a deterministic automaton over bytes with byte classes. State -1
// is dead. After trim, every transition leads to a state from which an
// accepting state can be reached.
type dfa struct {
	id      uint64
	nclass  int
	classOf [256]uint8
	trans   []int32
	accept  []bool
	// name[s] is the index of the literal that ends in s (name tries and
	// key automata); nil when unused. pats[s] has bit i set when pattern
	// component i accepts in s (key automata).
	name []int32
	pats []uint64
	// String automata (JSON text level): closed[s] marks the state after
	// the closing quote; boundary[s] marks states at a character
	// boundary (used to count characters).
	closed    []bool
	boundary  []bool
	universal bool // content automaton accepting every valid UTF-8 text

	reachOnce sync.Once
	reach     [][]int32 // names reachable from each state (literal sets)
	// closeOnce computes minClose (string automata): per state, the fewest
	// characters still to come before the closing quote, and its largest
	// value over the states
	closeOnce   sync.Once
	minClose    []int32
	maxMinClose int32
	// maxCloseOnce computes maxClose: per state, the most characters still
	// possible before the closing quote (unbounded: maxChars)
	maxCloseOnce sync.Once
	maxClose     []int32
	builtin      bool // shared by every grammar (masks never evicted)
	// work is the budget its construction was charged (see autoCache.get).
	work int
}

// dfaIDs numbers automata for identity only: ids key the automaton and
// mask caches (an id is never reused, so two automata never share an
// entry), and nothing a grammar outputs depends on their values or order.
// A counter rather than per-cache ids because automata built by one cache
// (a pattern) are keys in another (its string automaton, intersections).
var dfaIDs atomic.Uint64

func (d *dfa) nstates() int { return len(d.accept) }

func (d *dfa) step(s int32, b byte) int32 {
	return d.trans[int(s)*d.nclass+int(d.classOf[b])]
}

// trim removes transitions into states that cannot reach acceptance.
func (d *dfa) trim() {
	if d.id == 0 {
		d.id = dfaIDs.Add(1)
	}
	n := d.nstates()
	// reverse edges in compressed form: rev[off[t]:off[t+1]] lead into t
	off := make([]int32, n+1)
	for _, t := range d.trans {
		if t >= 0 {
			off[t+1]++
		}
	}
	for i := 1; i <= n; i++ {
		off[i] += off[i-1]
	}
	rev := make([]int32, off[n])
	fill := slices.Clone(off[:n])
	for i, t := range d.trans {
		if t >= 0 {
			rev[fill[t]] = int32(i / d.nclass)
			fill[t]++
		}
	}
	live := make([]bool, n)
	var stack []int32
	for s := 0; s < n; s++ {
		if d.accept[s] {
			live[s] = true
			stack = append(stack, int32(s))
		}
	}
	for len(stack) > 0 {
		t := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, s := range rev[off[t]:off[t+1]] {
			if !live[s] {
				live[s] = true
				stack = append(stack, s)
			}
		}
	}
	for i, t := range d.trans {
		if t >= 0 && !live[t] {
			d.trans[i] = -1
		}
	}
}

// live reports whether state s can still reach acceptance.
func (d *dfa) liveState(s int32) bool {
	if s < 0 {
		return false
	}
	if d.accept[s] {
		return true
	}
	for c := 0; c < d.nclass; c++ {
		if d.trans[int(s)*d.nclass+c] >= 0 {
			return true
		}
	}
	return false
}

// run feeds bytes from state s.
func (d *dfa) run(s int32, b []byte) int32 {
	for _, c := range b {
		if s < 0 {
			return -1
		}
		s = d.step(s, c)
	}
	return s
}

// matches reports whether the whole of b is accepted.
func (d *dfa) matches(b []byte) bool {
	s := d.run(0, b)
	return s >= 0 && d.accept[s]
}

// dfaBuilder assembles an automaton from states discovered breadth first,
// each given by its 256 successors, then compresses bytes into classes.
type dfaBuilder struct {
	rows [][256]int32
}

func (b *dfaBuilder) finish(d *dfa) {
	// classes: bytes whose columns are equal in every row (hash, then verify)
	var h [256]uint64
	for c := 0; c < 256; c++ {
		x := uint64(14695981039346656037)
		for _, r := range b.rows {
			x = (x ^ uint64(uint32(r[c]))) * 1099511628211
		}
		h[c] = x
	}
	same := func(a, c int) bool {
		for _, r := range b.rows {
			if r[a] != r[c] {
				return false
			}
		}
		return true
	}
	var reps []int
	for c := 0; c < 256; c++ {
		cls := -1
		for i, r := range reps {
			if h[r] == h[c] && same(r, c) {
				cls = i
				break
			}
		}
		if cls < 0 {
			cls = len(reps)
			reps = append(reps, c)
		}
		d.classOf[c] = uint8(cls)
	}
	d.nclass = len(reps)
	d.trans = make([]int32, len(b.rows)*d.nclass)
	for s, r := range b.rows {
		for i, c := range reps {
			d.trans[s*d.nclass+i] = r[c]
		}
	}
	d.id = dfaIDs.Add(1)
	d.trim()
}

// literalDFA accepts exactly the given byte strings; name[s] tells which.
func literalDFA(words [][]byte, b *budget) (*dfa, error) {
	d := &dfa{}
	// classes: one per byte used, one for all others
	var used [256]bool
	for _, w := range words {
		for _, c := range w {
			used[c] = true
		}
	}
	nc := 1
	for c := 0; c < 256; c++ {
		if used[c] {
			d.classOf[c] = uint8(nc)
			nc++
		}
	}
	if nc > 256 {
		// every byte used: one class per byte
		for c := 0; c < 256; c++ {
			d.classOf[c] = uint8(c)
		}
		nc = 256
	}
	d.nclass = nc
	newState := func() int32 {
		for i := 0; i < nc; i++ {
			d.trans = append(d.trans, -1)
		}
		d.accept = append(d.accept, false)
		d.name = append(d.name, -1)
		return int32(len(d.accept) - 1)
	}
	newState()
	for wi, w := range words {
		s := int32(0)
		for _, c := range w {
			i := int(s)*nc + int(d.classOf[c])
			t := d.trans[i]
			if t < 0 {
				if len(d.accept) >= b.dfaStates {
					return nil, fmt.Errorf("%w: literal set needs more than %d automaton states", ErrBudget, b.dfaStates)
				}
				if err := b.charge(nc); err != nil {
					return nil, err
				}
				t = newState()
				d.trans[i] = t
			}
			s = t
		}
		if !d.accept[s] {
			d.accept[s] = true
			d.name[s] = int32(wi)
		}
	}
	d.id = dfaIDs.Add(1)
	d.trim()
	return d, nil
}

// openTrie is what productDFA builds from a literal trie (names, valid
// UTF-8) and universalDFA for an open object's keys, made directly: along
// the trie the universal state is fixed by the path, and off the trie only
// the universal automaton runs. Every state the universal automaton
// accepts in accepts; names come from the trie. nil when a name is not
// UTF-8 (then the product is needed).
func openTrie(t, u *dfa) *dfa {
	n := t.nstates()
	d := &dfa{}
	// joint byte classes
	var reps []byte
	seen := map[int]int{}
	for c := 0; c < 256; c++ {
		k := int(t.classOf[c])<<8 | int(u.classOf[c])
		id, ok := seen[k]
		if !ok {
			id = len(reps)
			seen[k] = id
			reps = append(reps, byte(c))
		}
		d.classOf[c] = uint8(id)
	}
	nc := len(reps)
	d.nclass = nc
	total := n + u.nstates()
	d.trans = make([]int32, total*nc)
	d.accept = make([]bool, total)
	d.name = make([]int32, total)
	// the universal state of each trie state (trie states are numbered
	// in creation order: a parent comes before its children)
	us := make([]int32, n)
	for i := range us {
		us[i] = -1
	}
	us[0] = 0
	for s := 0; s < n; s++ {
		for ci, c := range reps {
			x := int32(-1)
			if us[s] >= 0 {
				nu := u.step(us[s], c)
				nt := t.step(int32(s), c)
				switch {
				case nt >= 0 && nu < 0:
					return nil // a name that is not UTF-8
				case nt >= 0:
					us[nt] = nu
					x = nt
				case nu >= 0:
					x = int32(n) + nu
				}
			}
			d.trans[s*nc+ci] = x
		}
		d.accept[s] = t.accept[s] || us[s] >= 0 && u.accept[us[s]]
		d.name[s] = t.name[s]
	}
	for s := 0; s < u.nstates(); s++ {
		for ci, c := range reps {
			x := int32(-1)
			if nu := u.step(int32(s), c); nu >= 0 {
				x = int32(n) + nu
			}
			d.trans[(n+s)*nc+ci] = x
		}
		d.accept[n+s] = u.accept[s]
		d.name[n+s] = -1
	}
	d.id = dfaIDs.Add(1)
	d.trim()
	return d
}

// productDFA runs several automata in lock step. accept decides from the
// bitset of accepting components; the result keeps name from component 0
// when keepName, and pats = the accepting components shifted by patShift.
func productDFA(ds []*dfa, accept func(acc uint64) bool, keepName bool, patShift int, b *budget) (*dfa, error) {
	if len(ds) > 60 {
		return nil, fmt.Errorf("too many automata to combine (%d)", len(ds))
	}
	k := len(ds)
	// tuples by their bytes (pairs, the common case, by one uint64); the
	// lookup converts a reused buffer without allocating, only a new tuple
	// is copied
	index := map[string]int32{}
	index2 := map[uint64]int32{}
	var tuples [][]int32
	keyBuf := make([]byte, 0, 4*k)
	d := &dfa{}
	add := func(nt []int32) (int32, error) {
		var k2 uint64
		if k <= 2 {
			k2 = uint64(uint32(nt[0]))
			if k == 2 {
				k2 |= uint64(uint32(nt[1])) << 32
			}
			if id, ok := index2[k2]; ok {
				return id, nil
			}
		} else {
			keyBuf = keyBuf[:0]
			for _, v := range nt {
				keyBuf = binary.LittleEndian.AppendUint32(keyBuf, uint32(v))
			}
			if id, ok := index[string(keyBuf)]; ok {
				return id, nil
			}
		}
		if len(tuples) >= b.dfaStates {
			return 0, fmt.Errorf("%w: combined automaton needs more than %d states", ErrBudget, b.dfaStates)
		}
		id := int32(len(tuples))
		if k <= 2 {
			index2[k2] = id
		} else {
			index[string(keyBuf)] = id
		}
		t := slices.Clone(nt)
		tuples = append(tuples, t)
		var acc uint64
		for i, s := range t {
			if s >= 0 && ds[i].accept[s] {
				acc |= 1 << i
			}
		}
		d.accept = append(d.accept, accept(acc))
		if keepName {
			nm := int32(-1)
			if t[0] >= 0 && ds[0].name != nil {
				nm = ds[0].name[t[0]]
			}
			d.name = append(d.name, nm)
		}
		d.pats = append(d.pats, acc>>patShift)
		return id, nil
	}
	start := make([]int32, k)
	if _, err := add(start); err != nil {
		return nil, err
	}
	// joint byte classes: bytes alike in every component
	var reps []byte
	var repOf [256]int
	{
		seen := map[string]int{}
		key := make([]byte, k)
		for c := 0; c < 256; c++ {
			for j, dj := range ds {
				key[j] = dj.classOf[c]
			}
			id, ok := seen[string(key)]
			if !ok {
				id = len(reps)
				seen[string(key)] = id
				reps = append(reps, byte(c))
			}
			repOf[c] = id
		}
	}
	nt := make([]int32, k)
	next := make([]int32, len(reps))
	var rows []int32 // transitions, len(reps) per state
	for i := 0; i < len(tuples); i++ {
		if err := b.check(); err != nil {
			return nil, err
		}
		if err := b.charge(len(reps)); err != nil {
			return nil, err
		}
		for ri, c := range reps {
			alive := false
			for j, s := range tuples[i] {
				if s < 0 {
					nt[j] = -1
					continue
				}
				nt[j] = ds[j].step(s, c)
				if nt[j] >= 0 {
					alive = true
				}
			}
			if !alive {
				next[ri] = -1
				continue
			}
			id, err := add(nt)
			if err != nil {
				return nil, err
			}
			next[ri] = id
		}
		rows = append(rows, next...)
	}
	for c := 0; c < 256; c++ {
		d.classOf[c] = uint8(repOf[c])
	}
	d.nclass = len(reps)
	d.trans = rows
	d.id = dfaIDs.Add(1)
	d.trim()
	return d, nil
}

func intersectDFA(ds []*dfa, b *budget) (*dfa, error) {
	if len(ds) == 1 {
		return ds[0], nil
	}
	all := uint64(1)<<len(ds) - 1
	return productDFA(ds, func(a uint64) bool { return a == all }, false, 0, b)
}

// Escape phases of the JSON string layer.
const (
	eNone = iota
	eBS
	eU
	eU0
	eU00
	eU000
	eU001
	eU2
	eU20
	eU202
	eG1
	eG2
	eG3
	nEsc
)

// stringDFA lifts a content automaton (over the decoded UTF-8 bytes of a
// string) to JSON text: from just after the opening quote to the closing
// quote. Escapes: \" \\ \/ \b \f \n \r \t, \u00XX for control characters
// and \u2028/\u2029; when content is universal and the string is not
// counted, any \uXXXX. Closed states keep the content state's name/pats.
func stringDFA(content *dfa, anyU bool, b *budget) (*dfa, error) {
	return stringDFAShared(content, anyU, true, b)
}

// stringDFAShared is stringDFA with the sharing of escape states between
// content states on or off (off only in the test that checks the sharing
// keeps the language).
func stringDFAShared(content *dfa, anyU, shareEscapes bool, b *budget) (*dfa, error) {
	type pst struct {
		cs   int32
		esc  uint8
		pend uint8
	}
	d := &dfa{}
	// byte classes: content class refined by what the JSON layer tells apart
	var classOf [256]uint8
	var reps []byte
	{
		seen := map[int]int{}
		for c := 0; c < 256; c++ {
			cat := 0
			switch {
			case c < 0x20:
				cat = 1
			case c < 0x80 && strings.IndexByte("\"\\/bfnrtu0123456789abcdefABCDEF", byte(c)) >= 0:
				cat = 2 + c
			case c < 0x80:
				cat = 300
			case c < 0xC0:
				cat = 301
			case c < 0xE0:
				cat = 302
			case c < 0xF0:
				cat = 303
			default:
				cat = 304
			}
			k := int(content.classOf[c])<<9 | cat
			id, ok := seen[k]
			if !ok {
				id = len(reps)
				seen[k] = id
				reps = append(reps, byte(c))
			}
			classOf[c] = uint8(id)
		}
	}
	nc := len(reps)
	// state ids by (content state, escape phase or pending UTF-8 bytes),
	// stored plus one (0: not yet made)
	const nVar = 4 + nEsc
	index := make([]int32, content.nstates()*nVar)
	pkey := func(p pst) int {
		v := int(p.pend)
		if p.esc != eNone {
			v = 3 + int(p.esc)
		}
		return int(p.cs)*nVar + v
	}
	closedIdx := map[[2]uint64]int32{}
	var states []pst
	d.trans = make([]int32, 0, content.nstates()*nc)
	newRow := func() {
		n := len(d.trans)
		d.trans = slices.Grow(d.trans, nc)[:n+nc]
		for i := n; i < n+nc; i++ {
			d.trans[i] = -1
		}
	}
	add := func(p pst) (int32, error) {
		k := pkey(p)
		if id := index[k]; id > 0 {
			return id - 1, nil
		}
		if len(states) >= b.dfaStates {
			return 0, fmt.Errorf("%w: string automaton needs more than %d states", ErrBudget, b.dfaStates)
		}
		if err := b.charge(nc); err != nil {
			return 0, err
		}
		id := int32(len(states))
		index[k] = id + 1
		states = append(states, p)
		newRow()
		d.accept = append(d.accept, false)
		d.closed = append(d.closed, false)
		d.boundary = append(d.boundary, p.esc == eNone && p.pend == 0)
		d.name = append(d.name, -1)
		d.pats = append(d.pats, 0)
		return id, nil
	}
	closedFor := func(cs int32) int32 {
		nm := int32(-1)
		if content.name != nil {
			nm = content.name[cs]
		}
		var pats uint64
		if content.pats != nil {
			pats = content.pats[cs]
		}
		key := [2]uint64{uint64(uint32(nm)), pats}
		if id, ok := closedIdx[key]; ok {
			return id
		}
		id := int32(len(states))
		closedIdx[key] = id
		states = append(states, pst{cs: -2})
		newRow()
		d.accept = append(d.accept, true)
		d.closed = append(d.closed, true)
		d.boundary = append(d.boundary, true)
		d.name = append(d.name, nm)
		d.pats = append(d.pats, pats)
		return id
	}
	feed := func(cs int32, bs ...byte) int32 {
		for _, c := range bs {
			if cs < 0 {
				return -1
			}
			cs = content.step(cs, c)
		}
		return cs
	}
	escOK := make([]int8, content.nstates()) // 0 unknown, 1 no, 2 yes
	escViable := func(cs int32) bool {
		if anyU {
			return true
		}
		if v := escOK[cs]; v != 0 {
			return v == 2
		}
		v := false
		for _, c := range []byte{'"', '\\', '/', '\b', '\f', '\n', '\r', '\t'} {
			if feed(cs, c) >= 0 {
				v = true
			}
		}
		for c := byte(0); c < 0x20 && !v; c++ {
			if feed(cs, c) >= 0 {
				v = true
			}
		}
		if feed(cs, 0xE2, 0x80, 0xA8) >= 0 || feed(cs, 0xE2, 0x80, 0xA9) >= 0 {
			v = true
		}
		escOK[cs] = 1
		if v {
			escOK[cs] = 2
		}
		return v
	}
	// escape phases depend on the content state only through what the
	// decoded character leads to, so content states that agree on every
	// character an escape can decode to share their escape states (for
	// a key automaton, most do): escRep maps a state to the first such
	// state. Not with anyU, whose \uXXXX returns to the state itself.
	escRep := make([]int32, content.nstates())
	for i := range escRep {
		escRep[i] = -1
	}
	escSig := map[string]int32{}
	escCS := func(cs int32) int32 {
		if anyU || !shareEscapes {
			return cs
		}
		if r := escRep[cs]; r >= 0 {
			return r
		}
		sig := make([]byte, 0, 4*40)
		put := func(t int32) { sig = binary.LittleEndian.AppendUint32(sig, uint32(t)) }
		for c := byte(0); c < 0x20; c++ {
			put(feed(cs, c))
		}
		put(feed(cs, '"'))
		put(feed(cs, '\\'))
		put(feed(cs, '/'))
		put(feed(cs, 0xE2, 0x80, 0xA8))
		put(feed(cs, 0xE2, 0x80, 0xA9))
		r, ok := escSig[string(sig)]
		if !ok {
			r = cs
			escSig[string(sig)] = cs
		}
		escRep[cs] = r
		return r
	}
	if _, err := add(pst{cs: 0}); err != nil {
		return nil, err
	}
	hexv := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	for i := 0; i < len(states); i++ {
		if err := b.check(); err != nil {
			return nil, err
		}
		p := states[i]
		if p.cs == -2 {
			continue
		}
		for c, by := range reps {
			var np pst
			ok := false
			closeTo := int32(-1)
			switch p.esc {
			case eNone:
				switch {
				case by == '"' && p.pend == 0:
					if content.accept[p.cs] {
						closeTo = closedFor(p.cs)
					}
				case by == '\\' && p.pend == 0:
					if escViable(p.cs) {
						np, ok = pst{cs: escCS(p.cs), esc: eBS}, true
					}
				case by < 0x20:
				default:
					ns := content.step(p.cs, by)
					if ns >= 0 {
						pend := p.pend
						switch {
						case pend > 0:
							pend--
						case by >= 0xF0:
							pend = 3
						case by >= 0xE0:
							pend = 2
						case by >= 0xC0:
							pend = 1
						}
						np, ok = pst{cs: ns, pend: pend}, true
					}
				}
			case eBS:
				var dec byte
				switch by {
				case '"', '\\', '/':
					dec = by
				case 'b':
					dec = '\b'
				case 'f':
					dec = '\f'
				case 'n':
					dec = '\n'
				case 'r':
					dec = '\r'
				case 't':
					dec = '\t'
				case 'u':
					np, ok = pst{cs: p.cs, esc: eU}, true
				}
				if dec != 0 {
					if ns := feed(p.cs, dec); ns >= 0 {
						np, ok = pst{cs: ns}, true
					}
				}
			case eU:
				if anyU {
					if hexv(by) >= 0 {
						np, ok = pst{cs: p.cs, esc: eG1}, true
					}
				} else if by == '0' {
					np, ok = pst{cs: p.cs, esc: eU0}, true
				} else if by == '2' {
					np, ok = pst{cs: p.cs, esc: eU2}, true
				}
			case eG1, eG2:
				if hexv(by) >= 0 {
					np, ok = pst{cs: p.cs, esc: p.esc + 1}, true
				}
			case eG3:
				if hexv(by) >= 0 {
					np, ok = pst{cs: p.cs}, true
				}
			case eU0:
				if by == '0' {
					np, ok = pst{cs: p.cs, esc: eU00}, true
				}
			case eU00:
				if by == '0' {
					np, ok = pst{cs: p.cs, esc: eU000}, true
				} else if by == '1' {
					np, ok = pst{cs: p.cs, esc: eU001}, true
				}
			case eU000, eU001:
				if h := hexv(by); h >= 0 {
					v := byte(h)
					if p.esc == eU001 {
						v += 16
					}
					if ns := feed(p.cs, v); ns >= 0 {
						np, ok = pst{cs: ns}, true
					}
				}
			case eU2:
				if by == '0' {
					np, ok = pst{cs: p.cs, esc: eU20}, true
				}
			case eU20:
				if by == '2' {
					np, ok = pst{cs: p.cs, esc: eU202}, true
				}
			case eU202:
				if by == '8' || by == '9' {
					if ns := feed(p.cs, 0xE2, 0x80, 0xA0+by-'0'); ns >= 0 {
						np, ok = pst{cs: ns}, true
					}
				}
			}
			if closeTo >= 0 {
				d.trans[i*nc+c] = closeTo
				continue
			}
			if !ok {
				continue
			}
			id, err := add(np)
			if err != nil {
				return nil, err
			}
			d.trans[i*nc+c] = id
		}
	}
	d.classOf = classOf
	d.nclass = nc
	d.id = dfaIDs.Add(1)
	d.trim()
	return d, nil
}

// nameReach lists the literal names an accepting state reachable from s
// carries (for literal automata).
func (d *dfa) nameReach(s int32) []int32 {
	d.reachOnce.Do(func() {
		n := d.nstates()
		d.reach = make([][]int32, n)
		rev := make([][]int32, n)
		for x := 0; x < n; x++ {
			for c := 0; c < d.nclass; c++ {
				if t := d.trans[x*d.nclass+c]; t >= 0 {
					rev[t] = append(rev[t], int32(x))
				}
			}
		}
		for x := 0; x < n; x++ {
			if !d.accept[x] || d.name == nil || d.name[x] < 0 {
				continue
			}
			nm := d.name[x]
			seen := map[int32]bool{}
			stack := []int32{int32(x)}
			for len(stack) > 0 {
				y := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if seen[y] {
					continue
				}
				seen[y] = true
				d.reach[y] = append(d.reach[y], nm)
				stack = append(stack, rev[y]...)
			}
		}
	})
	return d.reach[s]
}
