package grammar

// Measures of an automaton's texts that keep a counted string within its
// lengths: how many characters each state still needs and allows before
// the closing quote, whether the texts are unbounded, and how many states
// a matcher can reach.

// closeChars returns, for string automaton d (closed and boundary set),
// the fewest characters from each state to the closing quote, counted as
// the matcher counts them (a character at its first byte, leaving a
// boundary state for a state that is not closed), and the largest of those
// over the states. Computed once (a breadth-first search backwards from
// the closed states, level by level, zero-weight steps within a level),
// read-only afterwards.
func (d *dfa) closeChars() ([]int32, int32) {
	d.closeOnce.Do(func() {
		n := d.nstates()
		type edge struct {
			from int32
			w    int32
		}
		rev := make([][]edge, n)
		for i, t := range d.trans {
			if t < 0 {
				continue
			}
			from := int32(i / d.nclass)
			var w int32
			if d.boundary[from] && !d.closed[t] {
				w = 1
			}
			rev[t] = append(rev[t], edge{from, w})
		}
		const far = 1 << 30
		dist := make([]int32, n)
		var cur []int32 // the states at distance level, by level
		for s := range dist {
			dist[s] = far
			if d.closed[s] {
				dist[s] = 0
				cur = append(cur, int32(s))
			}
		}
		for level := int32(0); len(cur) > 0; level++ {
			var next []int32
			for i := 0; i < len(cur); i++ {
				t := cur[i]
				if dist[t] != level {
					continue // reached again more cheaply
				}
				for _, e := range rev[t] {
					if nd := level + e.w; nd < dist[e.from] {
						dist[e.from] = nd
						if e.w == 0 {
							cur = append(cur, e.from)
						} else {
							next = append(next, e.from)
						}
					}
				}
			}
			cur = next
		}
		for s := range dist {
			if dist[s] == far {
				dist[s] = 0 // cannot close: trimmed away, never reached
			}
			d.maxMinClose = max(d.maxMinClose, dist[s])
		}
		d.minClose = dist
	})
	return d.minClose, d.maxMinClose
}

// cyclic reports whether some state reachable from state 0 can return to
// itself (d trimmed: then unboundedly long texts are accepted). Cost: a
// depth-first search.
func (d *dfa) cyclic() bool {
	n := d.nstates()
	state := make([]uint8, n) // 0 new, 1 on the stack, 2 done
	type ent struct{ s, c int32 }
	stack := []ent{{0, 0}}
	state[0] = 1
	for len(stack) > 0 {
		e := &stack[len(stack)-1]
		if int(e.c) == d.nclass {
			state[e.s] = 2
			stack = stack[:len(stack)-1]
			continue
		}
		t := d.trans[int(e.s)*d.nclass+int(e.c)]
		e.c++
		if t < 0 {
			continue
		}
		switch state[t] {
		case 1:
			return true
		case 0:
			state[t] = 1
			stack = append(stack, ent{t, 0})
		}
	}
	return false
}

// maxChars stands for no bound in dfa.maxClose.
const maxChars = 1 << 30

// closeCharsMax returns, for string automaton d, the most characters from
// each state to the closing quote, counted as closeChars counts them, or
// maxChars where a cycle can be reached (d trimmed: it can be repeated
// and still end). Computed once (a depth-first search), read-only
// afterwards.
func (d *dfa) closeCharsMax() []int32 {
	d.maxCloseOnce.Do(func() {
		n := d.nstates()
		const unknown, onStack = -1, -2
		best := make([]int32, n)
		for i := range best {
			best[i] = unknown
		}
		type ent struct{ s, c int32 }
		for root := 0; root < n; root++ {
			if best[root] != unknown {
				continue
			}
			best[root] = onStack
			stack := []ent{{int32(root), 0}}
			acc := []int32{0} // per stack entry: the most found so far
			for len(stack) > 0 {
				k := len(stack) - 1
				e := &stack[k]
				if int(e.c) == d.nclass {
					if d.closed[e.s] {
						acc[k] = 0
					}
					best[e.s] = acc[k]
					stack, acc = stack[:k], acc[:k]
					if k > 0 {
						p := stack[k-1]
						w := int32(0)
						if d.boundary[p.s] && !d.closed[e.s] {
							w = 1
						}
						acc[k-1] = max(acc[k-1], min(maxChars, best[e.s]+w))
					}
					continue
				}
				t := d.trans[int(e.s)*d.nclass+int(e.c)]
				e.c++
				if t < 0 {
					continue
				}
				w := int32(0)
				if d.boundary[e.s] && !d.closed[t] {
					w = 1
				}
				switch best[t] {
				case onStack:
					acc[k] = maxChars // a cycle
				case unknown:
					best[t] = onStack
					stack = append(stack, ent{t, 0})
					acc = append(acc, 0)
				default:
					acc[k] = max(acc[k], min(maxChars, best[t]+w))
				}
			}
		}
		d.maxClose = best
	})
	return d.maxClose
}

// reachable counts the states reachable from state 0 (after trim, those a
// matcher can be in: a product keeps the dead states it built).
func (d *dfa) reachable() int {
	seen := make([]bool, d.nstates())
	seen[0] = true
	stack := []int32{0}
	n := 1
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := 0; c < d.nclass; c++ {
			if t := d.trans[int(s)*d.nclass+c]; t >= 0 && !seen[t] {
				seen[t] = true
				n++
				stack = append(stack, t)
			}
		}
	}
	return n
}
