package grammar

import (
	"encoding/binary"
	"slices"
)

// Object liveness: which keys an object may still take so that it can be
// completed afterwards (finishable), and which undeclared keys it has and
// has not used (otherKeys, freshKey). The matcher offers a key, and the
// mask its tokens, only when both hold, so that no prefix it allows is a
// dead end.

// otherLive reports whether an undeclared key may come next in f: one
// with a value, not used yet (where the object remembers its keys and they
// are finitely many), that leaves the object able to end (finishable).
func (o *objSpec) otherLive(f *frame) bool {
	if !o.otherSat() || !o.finishable(f.s, newOther, int(f.cnt)+1, f.ds) {
		return false
	}
	// one not used yet, where the object remembers them
	n, finite := o.otherSupply()
	return !finite || !o.track || n > o.othersUsed(f.s)
}

// othersUsed counts the undeclared keys in a seen-set s (objects that
// remember their keys: track).
func (o *objSpec) othersUsed(s string) int { return (len(s) - o.nbytes) / 8 }

// newOther, as finishable's also, is an undeclared key being added.
const newOther = -2

// finishable reports whether an object can still be completed when its
// present declared properties are the bits of s plus property also (−1:
// none; newOther: an undeclared key being added), it holds cnt keys, and
// its next declared property must come after index ds (schema order):
// every required property, and every one that dependentRequired asks of a
// present one, can still come and fits maxProperties, and minProperties
// can be reached with the declared properties still to come and the
// undeclared keys not used yet. It leaves to the key automaton a key that
// can only become one already used. Cost: one pass over the properties.
func (o *objSpec) finishable(s string, also, cnt int, ds int32) bool {
	has := func(i int) bool { return i == also || bitGet(s, i) }
	if o.minProps <= cnt && o.maxProps < 0 && len(o.depReq) == 0 {
		// the common case: only schema order can leave a required
		// property behind
		if !o.anyOrder {
			for _, r := range o.required {
				if int32(r) <= ds && !has(r) {
					return false
				}
			}
		}
		return true
	}
	addable := func(i int) bool {
		return o.props[i].val.sat && o.keyNamed(i) && (o.anyOrder || int32(i) > ds)
	}
	room := -1
	if o.maxProps >= 0 {
		room = o.maxProps - cnt
	}
	// Missing properties count once against maxProperties: the required
	// ones (a set), then dependencies below index 64 that are not among
	// them (a bit set; the others are left uncounted, which only errs
	// toward letting a property come).
	missing := 0
	var counted uint64
	for _, r := range o.required {
		if has(r) {
			continue
		}
		if !addable(r) {
			return false
		}
		if r < 64 {
			counted |= 1 << r
		}
		missing++
	}
	for i, deps := range o.depReq {
		if len(deps) == 0 || !has(i) {
			continue
		}
		for _, d := range deps {
			if has(d) {
				continue
			}
			if !addable(d) {
				return false
			}
			if d < 64 && counted&(1<<d) == 0 {
				counted |= 1 << d
				missing++
			}
		}
	}
	if room >= 0 && missing > room {
		return false
	}
	need := o.minProps - cnt
	if room >= 0 && need > room {
		return false
	}
	if need <= 0 {
		return true
	}
	if others, finite := o.otherSupply(); !finite {
		return true
	} else if others > 0 {
		used := 0
		if o.track {
			used = o.othersUsed(s)
		}
		if also == newOther {
			used++
		}
		if need -= others - used; need <= 0 {
			return true
		}
	}
	for i := range o.props {
		if has(i) || !addable(i) {
			continue
		}
		if need--; need == 0 {
			return true
		}
	}
	return false
}

// otherSat reports whether some undeclared key has a value (a closed state
// of the key automaton without a declared name whose schema has one).
func (o *objSpec) otherSat() bool {
	o.otherKeys()
	for _, st := range o.others {
		if o.keyVal[st].sat {
			return true
		}
	}
	return false
}

// otherSupply returns how many undeclared keys with a value there are,
// counted as distinct key texts (an escaped spelling counts apart, which
// only overstates the supply), or finite false when there are unboundedly
// many.
func (o *objSpec) otherSupply() (n int, finite bool) {
	o.otherKeys()
	if !o.othersFinite {
		return 0, !o.otherSat()
	}
	for i, st := range o.others {
		if o.keyVal[st].sat {
			n += o.otherTexts[i]
		}
	}
	return n, true
}

// keyHashByte extends the running FNV-1a hash of a key's text (its closing
// quote included) by b: objects that remember their keys tell them apart
// by it.
func keyHashByte(h uint64, b byte) uint64 { return (h ^ uint64(b)) * 1099511628211 }

// maxFreshWalk bounds the key texts freshKey tries, and othersFew's count.
const maxFreshWalk = 256

// othersFew reports whether the undeclared keys are finitely many and at
// most maxFreshWalk texts.
func (o *objSpec) othersFew() bool {
	n, finite := o.otherSupply()
	return finite && n <= maxFreshWalk
}

// freshKey reports whether key automaton state s, reached with running
// hash h, can still end as an undeclared key (with a value) that object
// frame p has not used; true as well once maxFreshWalk texts were tried
// without an answer.
func (o *objSpec) freshKey(p *frame, s int32, h uint64) bool {
	d := o.keyDFA
	type ent struct {
		s int32
		h uint64
	}
	stack := []ent{{s, h}}
	tried := 0
	for len(stack) > 0 {
		e := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for b := 0; b < 256; b++ {
			t := d.step(e.s, byte(b))
			if t < 0 {
				continue
			}
			nh := keyHashByte(e.h, byte(b))
			if !d.closed[t] {
				stack = append(stack, ent{t, nh})
				continue
			}
			if d.name[t] >= 0 || int(t) >= len(o.keyVal) || o.keyVal[t] == nil || !o.keyVal[t].sat {
				continue
			}
			if !o.usedKey(p, nh) {
				return true
			}
			if tried++; tried >= maxFreshWalk {
				return true
			}
		}
	}
	return false
}

// usedKey reports whether p holds an undeclared key of hash h.
func (o *objSpec) usedKey(p *frame, h uint64) bool {
	var hb [8]byte
	binary.LittleEndian.PutUint64(hb[:], h)
	for j := o.nbytes; j+8 <= len(p.s); j += 8 {
		if p.s[j:j+8] == string(hb[:]) {
			return true
		}
	}
	return false
}

// otherKeys lists, once, the closed key states without a declared name but
// with a schema, and whether the texts that reach them are finitely many
// (the states that lead to them form no cycle), then how many reach each.
func (o *objSpec) otherKeys() {
	o.otherOnce.Do(func() {
		d := o.keyDFA
		n := d.nstates()
		for st, nm := range d.name {
			if nm < 0 && d.closed != nil && d.closed[st] && st < len(o.keyVal) && o.keyVal[st] != nil {
				o.others = append(o.others, int32(st))
			}
		}
		if len(o.others) == 0 || n == 0 {
			o.othersFinite = true
			return
		}
		if o.simpleOpen {
			return // any string is a key: unboundedly many
		}
		// states that lead to an undeclared closed state: backwards from
		// those over the reversed transitions
		rev := make([][]int32, n)
		for i, t := range d.trans {
			if t >= 0 {
				rev[t] = append(rev[t], int32(i/d.nclass))
			}
		}
		lead := make([]bool, n)
		stack := slices.Clone(o.others)
		for _, st := range stack {
			lead[st] = true
		}
		for len(stack) > 0 {
			t := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			for _, st := range rev[t] {
				if !lead[st] {
					lead[st] = true
					stack = append(stack, st)
				}
			}
		}
		// depth-first from the start over those states: a cycle means
		// unboundedly many keys; otherwise count the texts (byte classes
		// stand for every byte they hold) in reverse finishing order
		const capTexts = 1 << 30
		state := make([]uint8, n) // 0 new, 1 on the stack, 2 done
		var order []int32
		var visit func(st int32) bool
		visit = func(st int32) bool {
			state[st] = 1
			for c := 0; c < d.nclass; c++ {
				t := d.trans[int(st)*d.nclass+c]
				if t < 0 || !lead[t] {
					continue
				}
				if state[t] == 1 || (state[t] == 0 && !visit(t)) {
					return false
				}
			}
			state[st] = 2
			order = append(order, st)
			return true
		}
		if !lead[0] {
			// none reachable from the start
			o.othersFinite, o.otherTexts = true, make([]int, len(o.others))
			return
		}
		if !visit(0) {
			return // a cycle: unboundedly many
		}
		var width [256]int
		for b := 0; b < 256; b++ {
			width[d.classOf[b]]++
		}
		paths := make([]int, n)
		paths[0] = 1
		for k := len(order) - 1; k >= 0; k-- {
			st := order[k]
			for c := 0; c < d.nclass; c++ {
				if t := d.trans[int(st)*d.nclass+c]; t >= 0 && lead[t] {
					paths[t] = min(capTexts, paths[t]+paths[st]*width[c])
				}
			}
		}
		o.othersFinite = true
		o.otherTexts = make([]int, len(o.others))
		for i, st := range o.others {
			o.otherTexts[i] = paths[st]
		}
	})
}
