package grammar

import (
	"slices"
	"testing"
)

// refLex is computeLex without slices: one walk of the whole trie.
func refLex(v *Index, d *dfa, s0 int32) ([]uint64, []exitPt) {
	inner := make([]uint64, v.MaskWords())
	var exits []exitPt
	v.walkLex(d, s0, func(node, s, delta int32) bool {
		if d.accept[s] {
			exits = append(exits, exitPt{node, s, delta})
		}
		if d.closed != nil && d.closed[s] {
			return false
		}
		v.setTok(inner, node)
		return true
	})
	slices.SortFunc(exits, func(a, b exitPt) int { return int(a.node - b.node) })
	return inner, exits
}

// checkDeltas compares deltaMask (from state s of d, for several rooms)
// with one walk of the whole trie: the inner tokens consuming at most room
// characters.
func checkDeltas(t *testing.T, v *Index, li *lexInfo, d *dfa, s int32) {
	t.Helper()
	delta := make([]int32, v.size)
	for i := range delta {
		delta[i] = -1
	}
	v.walkLex(d, s, func(node, ns, dl int32) bool {
		if d.closed[ns] {
			return false
		}
		if tok := v.trie[node].tok; tok >= 0 {
			delta[tok] = dl
			for _, x := range v.dups[node] {
				delta[x] = dl
			}
		}
		return true
	})
	for _, room := range []int32{-1, 0, 1, 2, 5, charsUpToMax, charsUpToMax + 3, 200} {
		want := make([]uint64, v.MaskWords())
		for tok, dl := range delta {
			if dl >= 0 && dl <= room {
				want[tok>>6] |= 1 << (tok & 63)
			}
		}
		got := make([]uint64, v.MaskWords())
		li.deltaMask(v, d, s, room, got)
		if !slices.Equal(got, want) {
			t.Fatalf("dfa %d state %d room %d: %d tokens allowed, want %d", d.id, s, room, popcount(got), popcount(want))
		}
	}
}

// TestSlicedLexMatchesFullWalk checks that the slicer (precomputed slice
// masks for contained slices, walks of the others) gives exactly the inner
// tokens, exits and character counts of a walk of the whole trie, for string automata of
// patterns that contain every slice, some slices or none.
func TestSlicedLexMatchesFullWalk(t *testing.T) {
	_, ix := qwen(t)
	b := newBudget(Limits{}.withDefaults())
	var ds []*dfa
	for _, p := range []string{"^.*$", "abc", "^[A-Za-z0-9 ,.'-]{1,32}$", "^[0-9a-zA-Z_-]{1,255}$", "^\\+[0-9]*$", "\\d{4}-[01]\\d$", "^https://x\\.org/.*?$", "^[a-z]+(\\.[a-z]+)*$"} {
		sd, err := stringDFA(testPatternDFA(t, b, p), false, b)
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, sd)
	}
	ds = append(ds, genericStringDFA, countedStringDFA)
	contained := 0
	for _, d := range ds {
		for s := int32(0); s < int32(d.nstates()) && s < 40; s++ {
			li := ix.computeLex(d, s)
			for _, sl := range ix.slices {
				if sl.contains(d, s) {
					contained++
				}
			}
			inner, exits := refLex(ix, d, s)
			if !slices.Equal(li.inner, inner) {
				t.Fatalf("dfa %d state %d: sliced inner tokens differ (%d vs %d)", d.id, s, popcount(li.inner), popcount(inner))
			}
			if s < 12 {
				checkDeltas(t, ix, li, d, s)
			}
			got := slices.Clone(li.exits)
			slices.SortFunc(got, func(a, b exitPt) int { return int(a.node - b.node) })
			if !slices.Equal(got, exits) {
				t.Fatalf("dfa %d state %d: sliced exits differ (%d vs %d)", d.id, s, len(got), len(exits))
			}
		}
	}
	if contained == 0 {
		t.Fatal("no slice was ever contained: the slicer never applies")
	}
}

// TestSlicesPartitionVocabulary checks that every text token is in
// exactly one slice and that each slice trie spells its tokens.
func TestSlicesPartitionVocabulary(t *testing.T) {
	_, ix := qwen(t)
	all := make([]uint64, ix.MaskWords())
	for _, sl := range ix.slices {
		for i, w := range sl.mask {
			if all[i]&w != 0 {
				t.Fatal("a token is in two slices")
			}
			all[i] |= w
		}
		for n := 1; n < len(sl.trie); n++ {
			if sl.trie[n].b != ix.trie[sl.main[n]].b {
				t.Fatalf("slice node %d maps to a main node with another byte", n)
			}
			if tok := sl.trie[n].tok; tok >= 0 && sl.auto != nil && !sl.auto.accepts(ix.toks[tok]) {
				t.Fatalf("token %d %q is not in its slice's language", tok, ix.toks[tok])
			}
		}
	}
	if !slices.Equal(all, ix.allText) {
		t.Fatal("slices do not cover exactly the text tokens")
	}
}
