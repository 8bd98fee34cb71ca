package grammar

import (
	"math/big"
	"regexp/syntax"
)

// Built-in automata shared by every grammar.
var (
	universalDFA     = mustRegexDFA(`(?s).*`)
	genericStringDFA = mustStringDFA(universalDFA, true)
	countedStringDFA = mustStringDFA(universalDFA, false)
	boolDFA          = mustLiteral("true", "false")
	nullDFA          = mustLiteral("null")
	anyTextDFA       = mustAnyText()
)

func defaultBudget() *budget { return newBudget(Limits{}.withDefaults()) }

func mustRegexDFA(p string) *dfa {
	re, err := syntax.Parse(p, syntax.Perl)
	if err != nil {
		panic(err)
	}
	d, err := regexToDFA(re, false, false, defaultBudget())
	if err != nil {
		panic(err)
	}
	d.universal = true
	return d
}

func mustStringDFA(c *dfa, anyU bool) *dfa {
	d, err := stringDFA(c, anyU, defaultBudget())
	if err != nil {
		panic(err)
	}
	d.builtin = true
	return d
}

func mustLiteral(words ...string) *dfa {
	var ws [][]byte
	for _, w := range words {
		ws = append(ws, []byte(w))
	}
	d, err := literalDFA(ws, defaultBudget())
	if err != nil {
		panic(err)
	}
	return d
}

// anyTextDFA accepts any bytes (free text).
func mustAnyText() *dfa {
	d := &dfa{nclass: 1, trans: []int32{0}, accept: []bool{true}, builtin: true}
	d.id = dfaIDs.Add(1)
	return d
}

// finish computes which nodes have values, filters enums through the rest
// of their node's constraints, and prunes types that cannot occur.
func (c *compiler) finish(g *Grammar, root *valNode) error {
	if err := c.fixSat(func(n *valNode) bool { return len(c.enums[n]) > 0 }); err != nil {
		return err
	}
	// enums: keep the values the node's other constraints accept
	uniqueItems := map[*valNode]bool{}
	for _, n := range c.nodes {
		if n.arr != nil && n.arr.unique && n.arr.items != nil {
			uniqueItems[n.arr.items] = true
		}
	}
	distinct := map[*valNode]int{}
	done := map[*valNode]bool{}
	var slab []stk
	var filter func(n *valNode) error
	filter = func(n *valNode) error {
		if done[n] {
			return nil
		}
		done[n] = true
		vals, ok := c.enums[n]
		if !ok {
			return nil
		}
		// nested enums first
		for _, ch := range children(n) {
			if err := filter(ch); err != nil {
				return err
			}
		}
		shadow := *n
		shadow.lit = nil
		shadow.sat = true
		tg := &Grammar{ws: wsConf{}, lim: g.lim, root: &shadow, start: frame{kind: kRoot}}
		var words [][]byte
		var kept []any
		var m *Matcher
		defer func() {
			if m != nil {
				slab = m.sp.slab[:0]
			}
		}()
		// equal values: one text only (uniqueItems relies on it); strings
		// and numbers by a key that jsonEqual agrees with, the rest by
		// comparison
		keptKey := map[string]bool{}
		// numbers by value (any spelling of an allowed value) unless the
		// node's items must be unique (they are told apart by text) or
		// there are too many to check per byte
		var nums []*big.Rat
		byValue := !uniqueItems[n] && n.types&tNum != 0 && n.num != nil && numCount(vals) <= maxNumEnum
	next:
		for _, v := range vals {
			if err := c.b.check(); err != nil {
				return err
			}
			key, keyed := enumKey(v)
			if keyed {
				if keptKey[key] {
					continue
				}
			} else {
				for _, k := range kept {
					if jsonEqual(k, v) {
						continue next
					}
				}
			}
			if x, ok := v.(Number); ok && byValue {
				r, ok := new(big.Rat).SetString(string(x))
				if ok && (!n.num.integer || r.IsInt()) && (!n.num.constrained() || n.num.contains(r)) {
					keptKey[key] = true
					nums = append(nums, r)
				}
				continue
			}
			txt := AppendJSON(nil, v)
			if m == nil {
				// one matcher per node, its stack slab reused across nodes
				m = &Matcher{g: tg}
				m.sp.g = tg
				m.sp.slab = slab
			}
			m.Reset()
			if m.AcceptBytes(txt) == nil && m.Done() {
				if keyed {
					keptKey[key] = true
				} else {
					kept = append(kept, v)
				}
				words = append(words, txt)
			}
		}
		d, err := literalDFA(words, c.b)
		if err != nil {
			return err
		}
		n.lit = d
		if len(nums) > 0 {
			n.num, n.litNum = numValues(n.num.integer, nums), true
		}
		c.enums[n] = nil
		if len(words) > 0 || len(nums) > 0 {
			c.enums[n] = []any{true}
		}
		if uniqueItems[n] {
			distinct[n] = len(words) // one text per value (keptKey, jsonEqual)
		}
		return nil
	}
	for _, n := range c.nodes {
		if err := filter(n); err != nil {
			return err
		}
	}
	for _, n := range c.nodes {
		if n.arr != nil && n.arr.unique && n.arr.items != nil {
			n.arr.values = distinct[n.arr.items]
		}
	}
	for _, n := range c.nodes {
		n.sat = false
	}
	if err := c.fixSat(func(n *valNode) bool { return len(c.enums[n]) > 0 }); err != nil {
		return err
	}
	// A value of several types keeps only those that have a value: a
	// string that its pattern and lengths rule out must not be started
	// because the node also takes numbers.
	for _, n := range c.nodes {
		if _, enum := c.enums[n]; n.alts == nil && !enum {
			n.types = satTypes(n)
		}
	}
	return nil
}

// enumKey returns a key equal for two strings or two numbers exactly
// when jsonEqual says they are equal (numbers by their exact value);
// other values have none.
func enumKey(v any) (string, bool) {
	switch x := v.(type) {
	case string:
		return "s" + x, true
	case Number:
		if r, ok := new(big.Rat).SetString(string(x)); ok {
			return "n" + r.RatString(), true
		}
	}
	return "", false
}

func children(n *valNode) []*valNode {
	var out []*valNode
	out = append(out, n.alts...)
	if n.obj != nil {
		for _, p := range n.obj.props {
			out = append(out, p.val)
		}
		for _, v := range n.obj.keyVal {
			if v != nil {
				out = append(out, v)
			}
		}
	}
	if n.arr != nil {
		out = append(out, n.arr.prefix...)
		if n.arr.items != nil {
			out = append(out, n.arr.items)
		}
	}
	return out
}

// arrLimit is how many items an array of a can hold: up to the first
// prefix item that has no value, the distinct values of unique items, or
// −1 for no limit (maxItems aside).
func arrLimit(a *arrSpec) int {
	for i, p := range a.prefix {
		if !p.sat {
			return i
		}
	}
	if a.items != nil && a.items.sat {
		if a.unique && a.values >= 0 {
			return len(a.prefix) + a.values
		}
		return -1
	}
	return len(a.prefix)
}

// fixSat computes the least fixpoint of "has a finite value".
func (c *compiler) fixSat(enumSat func(*valNode) bool) error {
	for changed := true; changed; {
		changed = false
		for _, n := range c.nodes {
			if err := c.b.check(); err != nil {
				return err
			}
			if n.sat {
				continue
			}
			if c.nodeSat(n, enumSat) {
				n.sat = true
				changed = true
			}
		}
	}
	return nil
}

func (c *compiler) nodeSat(n *valNode, enumSat func(*valNode) bool) bool {
	if n.alts != nil {
		for _, a := range n.alts {
			if a.sat {
				return true
			}
		}
		return false
	}
	if _, ok := c.enums[n]; ok {
		return enumSat(n)
	}
	return satTypes(n) != 0
}

// satTypes returns the type bits of n (neither a union nor an enum) that
// some value of n's constraints has, given the children's sat.
func satTypes(n *valNode) uint8 {
	t := n.types & (tNull | tBool)
	if n.types&tStr != 0 && n.str != nil {
		s := n.str
		if (s.maxLen < 0 || s.minLen <= s.maxLen) && s.d.liveState(0) && (s.maxLen < 0 || !s.counted() || s.fits()) {
			t |= tStr
		}
	}
	if n.types&tNum != 0 && n.num != nil && (n.num.signHit(false) || n.num.signHit(true)) {
		t |= tNum
	}
	if n.types&tArr != 0 && n.arr != nil {
		a := n.arr
		lim := arrLimit(a)
		if (a.maxItems < 0 || a.minItems <= a.maxItems) && (lim < 0 || a.minItems <= lim) {
			t |= tArr
		}
	}
	if n.types&tObj != 0 && n.obj != nil {
		o := n.obj
		ok := o.maxProps < 0 || (o.minProps <= o.maxProps && len(o.required) <= o.maxProps)
		for _, r := range o.required {
			if !o.props[r].val.sat || !o.keyNamed(r) {
				ok = false
			}
		}
		avail := 0
		for i, p := range o.props {
			if p.val.sat && o.keyNamed(i) {
				avail++
			}
		}
		if others, finite := o.otherSupply(); finite && avail+others < o.minProps {
			ok = false
		}
		if ok {
			t |= tObj
		}
	}
	return t
}

// keyNamed reports whether the key automaton takes declared property i's
// name (propertyNames may reject a required one: no value then).
func (o *objSpec) keyNamed(i int) bool {
	o.namedOnce.Do(func() {
		o.named = make([]bool, len(o.props))
		for _, nm := range o.keyDFA.name {
			if nm >= 0 && int(nm) < len(o.named) {
				o.named[nm] = true
			}
		}
	})
	return o.named[i]
}

// keyReach lists the declared properties a key automaton state can still
// become, and whether it can become an undeclared key with a schema.
func (o *objSpec) keyReach(s int32) ([]int32, bool) {
	o.reachOnce.Do(o.computeReach)
	return o.reachNames[s], o.reachOther[s]
}

func (o *objSpec) computeReach() {
	d := o.keyDFA
	n := d.nstates()
	o.reachNames = make([][]int32, n)
	o.reachOther = make([]bool, n)
	// reverse edges
	rev := make([][]int32, n)
	for s := 0; s < n; s++ {
		for c := 0; c < d.nclass; c++ {
			t := d.trans[s*d.nclass+c]
			if t >= 0 {
				rev[t] = append(rev[t], int32(s))
			}
		}
	}
	spread := func(from int32, mark func(s int32) bool) {
		stack := []int32{from}
		seen := map[int32]bool{}
		for len(stack) > 0 {
			s := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if seen[s] {
				continue
			}
			seen[s] = true
			if !mark(s) {
				continue
			}
			stack = append(stack, rev[s]...)
		}
	}
	for s := 0; s < n; s++ {
		if !d.closed[s] {
			continue
		}
		if nm := d.name[s]; nm >= 0 {
			spread(int32(s), func(x int32) bool {
				for _, y := range o.reachNames[x] {
					if y == nm {
						return false
					}
				}
				o.reachNames[x] = append(o.reachNames[x], nm)
				return true
			})
		} else if v := o.keyVal[s]; v != nil && v.sat {
			spread(int32(s), func(x int32) bool {
				if o.reachOther[x] {
					return false
				}
				o.reachOther[x] = true
				return true
			})
		}
	}
	// states from which a names-only state (open, no undeclared key
	// reachable) can be reached: namesOnly's walk prunes the others
	o.reachNO = make([]bool, n)
	for s := 0; s < n; s++ {
		if d.closed[s] || o.reachOther[s] || o.reachNO[s] {
			continue
		}
		spread(int32(s), func(x int32) bool {
			if o.reachNO[x] && x != int32(s) {
				return false
			}
			o.reachNO[x] = true
			return true
		})
	}
}

// numCount counts the numbers among vals.
func numCount(vals []any) int {
	k := 0
	for _, v := range vals {
		if _, ok := v.(Number); ok {
			k++
		}
	}
	return k
}
