package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// errReader fails every read, like a closed or broken stdin.
type errReader struct{}

func (errReader) Read([]byte) (int, error) { return 0, errors.New("stdin broke") }

// TestBadInput feeds the model, tokenizer and JSONL commands bad files, bad
// flags, bad records and out-of-range ids. Each must fail with a non-zero
// status and one error line naming the command and the cause (flag errors
// may add the command's usage after it), write nothing to stdout unless the
// case says so, and never show a panic.
func TestBadInput(t *testing.T) {
	models := fixtureModels(t)
	model := filepath.Join(models, "tiny-f32.gguf")
	whole, err := os.ReadFile(model)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.gguf", nil)
	header := write("header.gguf", whole[:3000])   // cut inside the token list
	noData := write("nodata.gguf", whole[:100000]) // whole header, data cut short
	notGGUF := filepath.Join(models, "manifest.json")
	tokJSON := filepath.Join(fixtureTokenizer(t), "tokenizer.json")
	tokJSONData, err := os.ReadFile(tokJSON)
	if err != nil {
		t.Fatal(err)
	}
	cutJSON := write("tokenizer.json", tokJSONData[:5000])
	emptyDir := filepath.Join(dir, "emptydir")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.gguf")
	out := filepath.Join(dir, "out.gguf")

	for _, c := range []struct {
		name  string
		args  []string
		stdin string
		code  int
		want  string // in the error line
		out   string // stdout
	}{
		// info: files that are not GGUF models.
		{"info missing", []string{"info", "--model", missing}, "", 1, "no such file", ""},
		{"info folder", []string{"info", "--model", dir}, "", 1, dir + ": not a regular file", ""},
		{"info empty", []string{"info", "--model", empty}, "", 1, "file is 0 bytes, too short for the GGUF magic", ""},
		{"info header cut", []string{"info", "--model", header}, "", 1, header + ": offset 598: key \"tokenizer.ggml.tokens\"", ""},
		{"info data cut", []string{"info", "--model", noData}, "", 1, "tensor \"token_embd.weight\": shape [256 384] of F32 needs more bytes than the file's 100000", ""},
		{"info not gguf", []string{"info", "--model", notGGUF}, "", 1, `want "GGUF"`, ""},
		{"info bad flag", []string{"info", "--modle", model}, "", 2, "flag provided but not defined: -modle", ""},
		{"info extra arg", []string{"info", "--model", model, "more"}, "", 2, `unexpected argument "more"`, ""},

		// logits: bad model paths and token lists.
		{"logits missing", []string{"logits", "--model", missing, "--tokens", "1"}, "", 1, "no such file", ""},
		{"logits empty folder", []string{"logits", "--model", emptyDir, "--tokens", "1"}, "", 1, "config.json", ""},
		{"logits empty file", []string{"logits", "--model", empty, "--tokens", "1"}, "", 1, "too short for the GGUF magic", ""},
		{"logits data cut", []string{"logits", "--model", noData, "--tokens", "1"}, "", 1, "needs more bytes than the file's 100000", ""},
		{"logits negative id", []string{"logits", "--model", model, "--tokens", "-1"}, "", 1, "token -1 at index 0 is outside the vocabulary", ""},
		{"logits empty item", []string{"logits", "--model", model, "--tokens", "1,,2"}, "", 2, `item 2 "" is not an integer`, ""},
		{"logits huge id", []string{"logits", "--model", model, "--tokens", "99999999999999999999"}, "", 2, "is not an integer", ""},
		{"logits blank tokens", []string{"logits", "--model", model, "--tokens", " "}, "", 2, `item 1 "" is not an integer`, ""},
		{"logits bad flag", []string{"logits", "--model", model, "--tokens", "1", "--all=maybe"}, "", 2, "invalid boolean value", ""},

		// tokenize and detokenize: bad tokenizers, bad records, bad ids.
		{"tokenize folder without tokenizer", []string{"tokenize", "--tokenizer", emptyDir}, "", 1, "no tokenizer.json", ""},
		{"tokenize cut gguf", []string{"tokenize", "--tokenizer", header}, "", 1, header + ": offset 598", ""},
		{"tokenize cut json", []string{"tokenize", "--tokenizer", cutJSON}, "", 1, cutJSON, ""},
		{"tokenize not a tokenizer", []string{"tokenize", "--tokenizer", notGGUF}, "", 1, "/model/vocab is missing", ""},
		{"tokenize array record", []string{"tokenize", "--tokenizer", model}, "[1]\n", 1, "input record 1: want a JSON object, got array", ""},
		{"tokenize number text", []string{"tokenize", "--tokenizer", model}, `{"text":5}`, 1, `input record 1: "text": got number, want a string`, ""},
		{"tokenize cut record", []string{"tokenize", "--tokenizer", model}, "{\"text\":\"a\"}\n{\"text\":\"b\"", 1, "input record 2: unexpected EOF", "{\"ids\":[97]}\n"}, // the fixture's byte vocabulary: 'a' is token 97
		{"tokenize broken stdin", []string{"tokenize", "--tokenizer", model}, "\x00errReader", 1, "input record 1: stdin broke", ""},
		{"detokenize negative id", []string{"detokenize", "--tokenizer", model}, `{"ids":[1,-3]}`, 1, "ids[1] = -3 is outside the vocabulary of 384 tokens", ""},
		{"detokenize float id", []string{"detokenize", "--tokenizer", model}, `{"ids":[1e9]}`, 1, `"ids": got number 1e9, want an integer in range`, ""},
		{"detokenize huge id", []string{"detokenize", "--tokenizer", model}, `{"ids":[99999999999999999999]}`, 1, "got number 99999999999999999999, want an integer in range", ""},
		{"detokenize string id", []string{"detokenize", "--tokenizer", model}, `{"ids":["a"]}`, 1, `"ids": got string`, ""},
		{"detokenize null ids", []string{"detokenize", "--tokenizer", model}, `{"ids":null}`, 1, `no "ids" array`, ""},
		{"detokenize bad flag", []string{"detokenize", "--tokenizer"}, "", 2, "flag needs an argument: -tokenizer", ""},

		// template: bad records and tokenizers.
		{"template not json", []string{"template"}, "nope\n", 1, "input record 1: invalid character", ""},
		{"template messages number", []string{"template"}, `{"messages":5}`, 1, `"messages": got number, want an array`, ""},
		{"template bad role", []string{"template"}, `{"messages":[{"role":"bogus","content":"x"}]}`, 1, `unknown role "bogus"`, ""},
		{"template cut gguf tokenizer", []string{"template", "--tokenizer", noData}, "", 1, "needs more bytes", ""},
		{"template folder tokenizer", []string{"template", "--tokenizer", emptyDir}, "", 1, "no tokenizer.json", ""},
		{"template extra arg", []string{"template", "x"}, "", 2, `unexpected argument "x"`, ""},

		// synth: bad destinations and sizes.
		{"synth onto a folder", []string{"synth", "--out", dir}, "", 1, dir + ": is a directory", ""},
		{"synth missing folder", []string{"synth", "--out", filepath.Join(missing, "x.gguf")}, "", 1, "no such file", ""},
		{"synth too many layers", []string{"synth", "--shape", "micro", "--layers", "100000000", "--out", out}, "", 1, "layer count 100000000 is negative or above 1024", ""},
		{"synth negative vocab", []string{"synth", "--vocab", "-5", "--out", out}, "", 1, "vocabulary of -5 rows is negative", ""},
		{"synth cut tokenizer", []string{"synth", "--tokenizer", header, "--out", out}, "", 1, "synth: tokenizer: gguf: " + header, ""},
		{"synth negative seed", []string{"synth", "--seed", "-1", "--out", out}, "", 2, `invalid value "-1" for flag -seed`, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var stdin io.Reader = strings.NewReader(c.stdin)
			if c.stdin == "\x00errReader" {
				stdin = errReader{}
			}
			var stdout, stderr bytes.Buffer
			code := run(c.args, stdin, &stdout, &stderr)
			errs := stderr.String()
			if code != c.code || stdout.String() != c.out {
				t.Errorf("exit %d, stdout %q; want exit %d, stdout %q (stderr %q)", code, stdout.String(), c.code, c.out, errs)
			}
			if strings.Contains(errs, "panic") || strings.Contains(errs, "goroutine") || strings.Contains(errs, "internal error") {
				t.Fatalf("stderr shows a panic: %q", errs)
			}
			// The error line is the last: a flag error prints the usage first.
			lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
			last := lines[len(lines)-1]
			if !strings.HasPrefix(last, "qwenkit "+c.args[0]+": ") || !strings.Contains(last, c.want) {
				t.Errorf("error line %q, want %q after \"qwenkit %s: \"", last, c.want, c.args[0])
			}
			if len(lines) > 1 && (c.code != 2 || !strings.Contains(errs, "usage: qwenkit "+c.args[0])) {
				t.Errorf("stderr has %d lines, want one (or a flag error with the usage): %q", len(lines), errs)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed synth left its output file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".*.tmp*")); len(left) != 0 {
		t.Errorf("a failed synth left temporary files: %v", left)
	}
}

// failWriter fails every write, like a closed stdout or a full disk.
type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

// TestStdoutFailure checks that a JSONL command whose output cannot be
// written fails instead of exiting 0 with the records lost.
func TestStdoutFailure(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	for _, c := range []struct {
		args  []string
		stdin string
	}{
		{[]string{"tokenize", "--tokenizer", model}, `{"text":"a"}`},
		{[]string{"detokenize", "--tokenizer", model}, `{"ids":[97]}`},
		{[]string{"template"}, `{"messages":[{"role":"user","content":"x"}]}`},
	} {
		var stderr bytes.Buffer
		code := run(c.args, strings.NewReader(c.stdin), failWriter{}, &stderr)
		if code != 1 || stderr.String() != "qwenkit "+c.args[0]+": stdout: disk full\n" {
			t.Errorf("%v: exit %d, stderr %q; want 1 and one line naming stdout", c.args, code, stderr.String())
		}
	}
}

// TestEmptyStdin checks that the JSONL filters treat an empty stdin as zero
// records: no output and a zero status, as for any other record count, so
// that an empty batch in a pipeline is not an error.
func TestEmptyStdin(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	for _, args := range [][]string{
		{"tokenize", "--tokenizer", model},
		{"detokenize", "--tokenizer", model},
		{"template"},
	} {
		for _, stdin := range []string{"", " \n\n"} {
			code, out, errs := runCLIInput(stdin, args...)
			if code != 0 || out != "" || errs != "" {
				t.Errorf("%v with stdin %q: exit %d, stdout %q, stderr %q; want 0 and no output", args, stdin, code, out, errs)
			}
		}
	}
}

// TestHelpFlag: -h prints a command's usage and exits 0, with no error line.
func TestHelpFlag(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"info", "-h"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("info -h exited %d; stderr %q", code, errb.String())
	}
	if strings.Contains(errb.String(), "help requested") {
		t.Fatalf("info -h printed an error: %q", errb.String())
	}
}
