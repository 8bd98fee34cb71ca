package chatml

import (
	"path/filepath"
	"slices"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

var (
	tokOnce sync.Once
	tok     *tokenizer.Tokenizer
	tokErr  error
)

// loadTokenizer loads Qwen2.5's tokenizer from the fixtures, once.
func loadTokenizer(t *testing.T) *tokenizer.Tokenizer {
	t.Helper()
	tokOnce.Do(func() {
		tok, tokErr = tokenizer.LoadFile(filepath.Join(fixtures(t), "tokenizer", "tokenizer.json"))
	})
	if tokErr != nil {
		t.Fatal(tokErr)
	}
	return tok
}

func TestTokensGoldens(t *testing.T) {
	enc := loadTokenizer(t)
	for _, c := range readCases(t, "goldens.jsonl") {
		ids, err := c.render(t).Tokens(enc)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if !slices.Equal(ids, c.IDs) {
			t.Errorf("%s: ids\n got %v\nwant %v", c.Name, ids, c.IDs)
		}
	}
}

func TestTokensInjection(t *testing.T) {
	enc := loadTokenizer(t)
	for _, c := range readCases(t, "injection.jsonl") {
		ids, err := c.render(t).Tokens(enc)
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if !slices.Equal(ids, c.SafeIDs) {
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
		if !slices.Equal(control, c.ControlIDsExpected) {
			t.Errorf("%s: control ids\n got %v\nwant %v", c.Name, control, c.ControlIDsExpected)
		}
	}
}

// mapEncoder encodes each byte as its value and knows only the listed
// control tokens.
type mapEncoder map[string]int

func (m mapEncoder) Encode(text string) []int {
	ids := make([]int, len(text))
	for i := range len(text) {
		ids[i] = int(text[i])
	}
	return ids
}

func (m mapEncoder) TokenID(text string) (int, bool) { id, ok := m[text]; return id, ok }

func TestTokensWithoutToolCallTokens(t *testing.T) {
	p := Prompt{{Control, ImStart}, {Text, "a"}, {Control, ToolCallOpen}, {Content, "b"}, {Control, ImEnd}}
	ids, err := p.Tokens(mapEncoder{ImStart: 1000, ImEnd: 1001})
	if err != nil {
		t.Fatal(err)
	}
	want := []int{1000, 'a', '<', 't', 'o', 'o', 'l', '_', 'c', 'a', 'l', 'l', '>', 'b', 1001}
	if !slices.Equal(ids, want) {
		t.Fatalf("got %v", ids)
	}
	if _, err := p.Tokens(mapEncoder{ImEnd: 1001}); err == nil {
		t.Fatal("vocabulary without <|im_start|> accepted")
	}
}
