package tokenizer

import (
	"bytes"
	"compress/gzip"
	"flag"
	"os"
	"slices"
	"strings"
	"testing"
)

var updateEmbedded = flag.Bool("update-embedded", false, "rewrite qwen25.vocab.gz from the fixture tokenizer.json")

// TestEmbedded checks that the embedded vocabulary is the fixture's:
// identical tokens, types and merges, and identical ids on every golden in
// both modes. With -update-embedded it first rewrites the embedded file.
func TestEmbedded(t *testing.T) {
	tj := qwenJSON(t)
	if *updateEmbedded {
		var raw bytes.Buffer
		if err := writeCompact(&raw, tj, 151643, 151645, 151643); err != nil {
			t.Fatal(err)
		}
		var z bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
		zw.Write(raw.Bytes())
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("qwen25.vocab.gz", z.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote qwen25.vocab.gz: %d bytes (%d uncompressed); rebuild to embed it", z.Len(), raw.Len())
		return
	}
	if len(qwen25Vocab) > 3<<20 {
		t.Errorf("embedded vocabulary is %d bytes, over 3 MB", len(qwen25Vocab))
	}
	te, err := Qwen25()
	if err != nil {
		t.Fatal(err)
	}
	if te.NumTokens() != 151665 || te.BOS() != 151643 || te.EOS() != 151645 || te.Pad() != 151643 {
		t.Errorf("NumTokens %d, BOS/EOS/Pad %d/%d/%d", te.NumTokens(), te.BOS(), te.EOS(), te.Pad())
	}
	if strings.Join(te.Tokens(), "\x00") != strings.Join(tj.Tokens(), "\x00") {
		t.Error("embedded tokens differ from tokenizer.json's")
	}
	if strings.Join(te.Merges(), "\n") != strings.Join(tj.Merges(), "\n") {
		t.Error("embedded merges differ from tokenizer.json's")
	}
	et, jt := te.TokenTypes(), tj.TokenTypes()
	for i := range jt {
		if et[i] != jt[i] {
			t.Fatalf("token %d: type %d, tokenizer.json %d", i, et[i], jt[i])
		}
	}
	for i, g := range readGoldens(t, "goldens.jsonl") {
		if got := te.Encode(g.Text); !slices.Equal(got, g.Plain) {
			t.Fatalf("line %d plain: got %v, want %v", i+1, got, g.Plain)
		}
		if got := te.EncodeSpecial(g.Text); !slices.Equal(got, g.Special) {
			t.Fatalf("line %d special: got %v, want %v", i+1, got, g.Special)
		}
	}
}

// TestCompactErrors checks that a damaged compact vocabulary is an error,
// not a panic.
func TestCompactErrors(t *testing.T) {
	zr, err := gzip.NewReader(bytes.NewReader(qwen25Vocab))
	if err != nil {
		t.Fatal(err)
	}
	var raw bytes.Buffer
	raw.ReadFrom(zr)
	full := raw.Bytes()
	for _, cut := range []int{0, 3, len(compactMagic) + 1, 1000, len(full) / 2, len(full) - 1} {
		if _, err := readCompact(bytes.NewReader(full[:cut]), "cut"); err == nil {
			t.Errorf("truncated at %d: no error", cut)
		}
	}
	bad := append([]byte(nil), full...)
	bad[0] = 'X'
	if _, err := readCompact(bytes.NewReader(bad), "bad"); err == nil || !strings.Contains(err.Error(), "bad magic") {
		t.Errorf("bad magic: %v", err)
	}
}
