package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// templateFixtures finds ../shared/fixtures beside the repository.
func templateFixtures(t *testing.T) string {
	t.Helper()
	return filepath.Dir(fixtureModels(t))
}

// The goldens file is itself valid input (its extra keys are ignored): every
// output line must carry the golden's rendering and ids.
func TestTemplateCommand(t *testing.T) {
	fx := templateFixtures(t)
	for _, file := range []string{"goldens.jsonl", "injection.jsonl"} {
		in, err := os.ReadFile(filepath.Join(fx, "chat", file))
		if err != nil {
			t.Fatal(err)
		}
		var stdout, stderr bytes.Buffer
		if code := run([]string{"template", "--tokenizer", filepath.Join(fx, "tokenizer", "tokenizer.json")}, bytes.NewReader(in), &stdout, &stderr); code != 0 {
			t.Fatalf("%s: exit %d: %s", file, code, stderr.String())
		}
		outs := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
		sc := bufio.NewScanner(bytes.NewReader(in))
		sc.Buffer(nil, 1<<20)
		n := 0
		for sc.Scan() {
			var want struct {
				Name     string `json:"name"`
				Rendered string `json:"rendered"`
				IDs      []int  `json:"ids"`
				SafeIDs  []int  `json:"safe_ids"`
			}
			if err := json.Unmarshal(sc.Bytes(), &want); err != nil {
				t.Fatal(err)
			}
			if want.IDs == nil {
				want.IDs = want.SafeIDs
			}
			if n >= len(outs) {
				t.Fatalf("%s: %d output lines for more inputs", file, len(outs))
			}
			var got struct {
				Rendered string `json:"rendered"`
				IDs      []int  `json:"ids"`
			}
			if err := json.Unmarshal([]byte(outs[n]), &got); err != nil {
				t.Fatalf("%s line %d: %v", file, n+1, err)
			}
			if got.Rendered != want.Rendered || !slices.Equal(got.IDs, want.IDs) {
				t.Errorf("%s: %s: output differs from the golden", file, want.Name)
			}
			n++
		}
		if n != len(outs) {
			t.Fatalf("%s: %d inputs, %d outputs", file, n, len(outs))
		}
	}
	// Without --tokenizer: the text only; "<" and "&" are not HTML-escaped.
	var stdout, stderr bytes.Buffer
	in := `{"messages":[{"role":"user","content":"a<b>&c"}],"tools":null,"add_generation_prompt":true}`
	if code := run([]string{"template"}, strings.NewReader(in), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	want := `{"rendered":"<|im_start|>system\nYou are Qwen, created by Alibaba Cloud. You are a helpful assistant.<|im_end|>\n<|im_start|>user\na<b>&c<|im_end|>\n<|im_start|>assistant\n"}` + "\n"
	if stdout.String() != want {
		t.Fatalf("got %s", stdout.String())
	}
}

func TestTemplateCommandErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		in   string
		code int
		msg  string
	}{
		{nil, "{\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}\n{\"messages\": [}", 1, "input record 2"},
		{nil, `{"messages":[]}`, 1, "no messages"},
		{nil, `{"messages":[{"role":"user","content":"x"}],"tools":[{"type":"function"}]}`, 1, "input record 1"},
		{[]string{"--tokenizer", "/nonexistent/tokenizer.json"}, ``, 1, "nonexistent"},
		{[]string{"--bogus"}, ``, 2, "bogus"},
	} {
		var stdout, stderr bytes.Buffer
		code := run(append([]string{"template"}, c.args...), strings.NewReader(c.in), &stdout, &stderr)
		if code != c.code || !strings.Contains(stderr.String(), c.msg) {
			t.Errorf("%v %q: exit %d, stderr %q; want exit %d mentioning %q", c.args, c.in, code, stderr.String(), c.code, c.msg)
		}
	}
}
