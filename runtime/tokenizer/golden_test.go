package tokenizer

import (
	"slices"
	"testing"
)

func TestGoldens(t *testing.T) {
	tok := qwenJSON(t)
	gs := readGoldens(t, "goldens.jsonl")
	if len(gs) != 1843 {
		t.Fatalf("%d goldens, want 1843", len(gs))
	}
	plainOK, specialOK := 0, 0
	for i, g := range gs {
		if got := tok.Encode(g.Text); slices.Equal(got, g.Plain) {
			plainOK++
		} else if plainOK+20 > i {
			t.Errorf("line %d plain %q:\n got %v\nwant %v", i+1, g.Text, got, g.Plain)
		}
		if got := tok.EncodeSpecial(g.Text); slices.Equal(got, g.Special) {
			specialOK++
		} else if specialOK+20 > i {
			t.Errorf("line %d special %q:\n got %v\nwant %v", i+1, g.Text, got, g.Special)
		}
	}
	t.Logf("goldens: plain %d/%d, special %d/%d", plainOK, len(gs), specialOK, len(gs))
	if plainOK != len(gs) || specialOK != len(gs) {
		t.Errorf("goldens: plain %d/%d, special %d/%d match", plainOK, len(gs), specialOK, len(gs))
	}
}
