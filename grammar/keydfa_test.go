package grammar

import "testing"

// TestOpenTrieMatchesProduct checks the direct open-key automaton against
// the product of the names trie and the universal automaton it replaces:
// on every string up to 4 bytes over the names' bytes, a few UTF-8 bytes
// and an invalid one, both die alike, accept alike and end with the same
// name.
func TestOpenTrieMatchesProduct(t *testing.T) {
	b := newBudget(Limits{}.withDefaults())
	for _, names := range [][]string{nil, {"a"}, {"ab", "abc", "b"}, {"id", "name", "na"}, {"é", "éa", "日本"}} {
		trie := testTrie(t, b, names...)
		prod, err := productDFA([]*dfa{trie, universalDFA}, func(a uint64) bool { return a&3 != 0 }, true, 1, b)
		if err != nil {
			t.Fatal(err)
		}
		open := openTrie(trie, universalDFA)
		if open == nil {
			t.Fatalf("names %q: no open trie", names)
		}
		alpha := []byte{'z', 0xff, 0xc3, 0xa9, 0xe6}
		for _, n := range names {
			alpha = append(alpha, n...)
		}
		var walk func(ps, os int32, depth int)
		walk = func(ps, os int32, depth int) {
			if (ps < 0) != (os < 0) {
				t.Fatalf("names %q: one automaton died, the other did not", names)
			}
			if ps < 0 {
				return
			}
			if prod.accept[ps] != open.accept[os] || prod.name[ps] != open.name[os] {
				t.Fatalf("names %q: accept/name differ (%v/%d vs %v/%d)", names, prod.accept[ps], prod.name[ps], open.accept[os], open.name[os])
			}
			if depth == 4 {
				return
			}
			for _, c := range alpha {
				walk(prod.step(ps, c), open.step(os, c), depth+1)
			}
		}
		walk(0, 0, 0)
	}
	// a name that is not UTF-8 needs the product
	if openTrie(testTrie(t, b, "a\xff"), universalDFA) != nil {
		t.Error("open trie built for a name that is not UTF-8")
	}
}

// testTrie is the literal automaton of names.
func testTrie(t *testing.T, b *budget, names ...string) *dfa {
	t.Helper()
	var words [][]byte
	for _, n := range names {
		words = append(words, []byte(n))
	}
	trie, err := literalDFA(words, b)
	if err != nil {
		t.Fatal(err)
	}
	return trie
}

// testPatternDFA is the content automaton of an ECMA pattern (search
// semantics).
func testPatternDFA(t *testing.T, b *budget, p string) *dfa {
	t.Helper()
	re, err := parseRegex(p, true)
	if err != nil {
		t.Fatal(err)
	}
	d, err := regexToDFA(re, true, true, b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
