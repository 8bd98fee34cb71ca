package chatml

import (
	"path/filepath"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

func loadTokenizer(t *testing.T) *tokenizer.Tokenizer {
	t.Helper()
	tok, err := tokenizer.LoadFile(filepath.Join(fixtures(t), "tokenizer", "tokenizer.json"))
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestTokensGoldens(t *testing.T) {
	tok := loadTokenizer(t)
	for _, c := range readCases(t, "goldens.jsonl") {
		ids, err := c.render(t).Tokens(tok)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if !equalInts(ids, c.IDs) {
			t.Errorf("%s: ids\n got %v\nwant %v", c.Name, ids, c.IDs)
		}
	}
}

func TestTokensInjection(t *testing.T) {
	tok := loadTokenizer(t)
	for _, c := range readCases(t, "injection.jsonl") {
		ids, err := c.render(t).Tokens(tok)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if !equalInts(ids, c.SafeIDs) {
			t.Errorf("%s: ids\n got %v\nwant %v", c.Name, ids, c.SafeIDs)
		}
		// Independently of safe_ids: the added-token ids are exactly the
		// template's own.
		var control []int
		for _, id := range ids {
			if id >= 151643 {
				control = append(control, id)
			}
		}
		if !equalInts(control, c.ControlIDsExpected) {
			t.Errorf("%s: control ids\n got %v\nwant %v", c.Name, control, c.ControlIDsExpected)
		}
	}
}
