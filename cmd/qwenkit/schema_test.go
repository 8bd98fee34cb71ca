package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSchemaCheck(t *testing.T) {
	dir := t.TempDir()
	sp := filepath.Join(dir, "s.json")
	os.WriteFile(sp, []byte(`{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}`), 0o644)
	var out, errb bytes.Buffer
	err := runSchema([]string{"check", "--schema", sp}, strings.NewReader("{\"a\":1}\n{\"b\":1}\n{\"a\":\"x\"}\n"), &out, &errb)
	if err != nil {
		t.Fatal(err)
	}
	want := "{\"accepted\":true}\n{\"accepted\":false}\n{\"accepted\":false}\n"
	if out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"type":"array","contains":{"type":"string"}}`), 0o644)
	out.Reset()
	err = runSchema([]string{"check", "--schema", bad}, strings.NewReader(""), &out, &errb)
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 3 {
		t.Fatalf("err = %v, want exit 3", err)
	}
	if !strings.HasPrefix(out.String(), `{"compiled":false,"error":`) || !strings.Contains(out.String(), "contains") {
		t.Fatalf("output %q", out.String())
	}
}
