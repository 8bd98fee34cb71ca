package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// fixtureTokenizer finds ../shared/fixtures/tokenizer beside the repository.
func fixtureTokenizer(t *testing.T) string {
	t.Helper()
	return filepath.Join(filepath.Dir(fixtureModels(t)), "tokenizer")
}

type tokGolden struct {
	Text    string `json:"text"`
	Plain   []int  `json:"plain"`
	Special []int  `json:"special"`
}

// tokGoldens reads the first n lines of goldens.jsonl.
func tokGoldens(t *testing.T, n int) []tokGolden {
	f, err := os.Open(filepath.Join(fixtureTokenizer(t), "goldens.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []tokGolden
	dec := json.NewDecoder(bufio.NewReader(f))
	for len(out) < n && dec.More() {
		var g tokGolden
		if err := dec.Decode(&g); err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	return out
}

// TestTokenizeCommand runs tokenize and detokenize over golden texts that
// hold added-token text, with a tokenizer.json and with the GGUF.
func TestTokenizeCommand(t *testing.T) {
	var gs []tokGolden
	for _, g := range tokGoldens(t, 1843) {
		if !slices.Equal(g.Plain, g.Special) || len(gs) < 20 {
			gs = append(gs, g)
		}
	}
	var in strings.Builder
	for _, g := range gs {
		b, _ := json.Marshal(map[string]string{"text": g.Text})
		in.Write(b)
		in.WriteByte('\n')
	}
	for _, file := range []string{"tokenizer.json", "qwen2.5-vocab.gguf"} {
		path := filepath.Join(fixtureTokenizer(t), file)
		for _, special := range []bool{false, true} {
			if file != "tokenizer.json" && !special {
				continue // each load costs a fraction of a second; one mode is enough here
			}
			args := []string{"tokenize", "--tokenizer", path}
			if special {
				args = append(args, "--special")
			}
			code, out, errs := runCLIInput(in.String(), args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errs)
			}
			lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if len(lines) != len(gs) {
				t.Fatalf("%v: %d output lines for %d inputs", args, len(lines), len(gs))
			}
			for i, l := range lines {
				var rec struct{ IDs []int }
				if err := json.Unmarshal([]byte(l), &rec); err != nil {
					t.Fatalf("line %d %q: %v", i+1, l, err)
				}
				want := gs[i].Plain
				if special {
					want = gs[i].Special
				}
				if !slices.Equal(rec.IDs, want) {
					t.Fatalf("%v line %d: ids %v, want %v", args, i+1, rec.IDs, want)
				}
			}
			if !special || file != "tokenizer.json" {
				continue
			}
			// detokenize gives back the NFC form of the text.
			code, out, errs = runCLIInput(out, "detokenize", "--tokenizer", path)
			if code != 0 {
				t.Fatalf("detokenize: exit %d: %s", code, errs)
			}
			dec := json.NewDecoder(strings.NewReader(out))
			for i := range gs {
				var rec struct{ Text string }
				if err := dec.Decode(&rec); err != nil {
					t.Fatalf("detokenize line %d: %v", i+1, err)
				}
				if want := norm.NFC.String(gs[i].Text); rec.Text != want {
					t.Fatalf("detokenize line %d: %q, want %q", i+1, rec.Text, want)
				}
			}
		}
	}
	code, out, _ := runCLIInput(`{"ids":[151644,9707,151645]}`, "detokenize", "--skip-special", "--tokenizer", filepath.Join(fixtureTokenizer(t), "tokenizer.json"))
	if code != 0 || out != "{\"text\":\"Hello\"}\n" {
		t.Errorf("detokenize --skip-special: exit %d, %q", code, out)
	}
}

func TestTokenizeCommandErrors(t *testing.T) {
	tj := filepath.Join(fixtureTokenizer(t), "tokenizer.json")
	for _, c := range []struct {
		stdin string
		args  []string
		code  int
		out   string
		err   string
	}{
		{"", []string{"tokenize"}, 2, "", "--tokenizer PATH is required"},
		{"", []string{"tokenize", "--tokenizer", "/nonexistent.json"}, 1, "", "no such file"},
		{"{\"text\":\"a\"}\n{\"txt\":\"b\"}\n", []string{"tokenize", "--tokenizer", tj}, 1, "{\"ids\":[64]}\n", "record 2: no \"text\" string"},
		{"{\"text\":\"a\"}\nnot json\n", []string{"tokenize", "--tokenizer", tj}, 1, "{\"ids\":[64]}\n", "record 2"},
		{"{\"ids\":[64]}\n{\"ids\":[999999]}\n", []string{"detokenize", "--tokenizer", tj}, 1, "{\"text\":\"a\"}\n", "outside the vocabulary"},
	} {
		code, out, errs := runCLIInput(c.stdin, c.args...)
		if code != c.code || out != c.out || !strings.Contains(errs, c.err) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d, stdout %q, stderr with %q", c.args, code, out, errs, c.code, c.out, c.err)
		}
	}
}
