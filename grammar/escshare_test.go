package grammar

import "testing"

// sameLanguage reports whether two automata accept the same byte strings
// with the same closed/name/pats labels, by a walk of their state pairs
// (exact: the pairs are finite).
func sameLanguage(a, b *dfa) bool {
	type pair struct{ x, y int32 }
	seen := map[pair]bool{{0, 0}: true}
	stack := []pair{{0, 0}}
	for len(stack) > 0 {
		p := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if a.accept[p.x] != b.accept[p.y] || a.closed[p.x] != b.closed[p.y] || a.name[p.x] != b.name[p.y] || a.pats[p.x] != b.pats[p.y] {
			return false
		}
		for c := 0; c < 256; c++ {
			nx, ny := a.step(p.x, byte(c)), b.step(p.y, byte(c))
			if (nx < 0) != (ny < 0) {
				return false
			}
			if nx >= 0 && !seen[pair{nx, ny}] {
				seen[pair{nx, ny}] = true
				stack = append(stack, pair{nx, ny})
			}
		}
	}
	return true
}

// TestSharedEscapesKeepLanguage checks that sharing escape states between
// content states changes no string automaton's language (patterns, names
// with and without escapable characters, an open key set), and that it
// does shrink a key automaton.
func TestSharedEscapesKeepLanguage(t *testing.T) {
	b := newBudget(Limits{}.withDefaults())
	var contents []*dfa
	for _, p := range []string{"^[a-z]+$", "a\\nb", "^(?:\\S+\\s+){0,3}\\S+$", "[\"\\\\/]x", "\\t|\\u2028"} {
		contents = append(contents, testPatternDFA(t, b, p))
	}
	for _, names := range [][]string{{"id", "name", "type"}, {"a\"b", "a/b", "tab\t", "x\u2028"}} {
		trie := testTrie(t, b, names...)
		contents = append(contents, trie, openTrie(trie, universalDFA))
	}
	shrunk := false
	for i, content := range contents {
		shared, err := stringDFA(content, false, b)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := stringDFAShared(content, false, false, b)
		if err != nil {
			t.Fatal(err)
		}
		if !sameLanguage(shared, plain) {
			t.Errorf("content %d: sharing escape states changed the language", i)
		}
		if shared.nstates() < plain.nstates() {
			shrunk = true
		}
	}
	if !shrunk {
		t.Error("sharing never removed a state")
	}
}
