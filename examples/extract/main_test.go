package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/schema"
)

func TestExtractExample(t *testing.T) {
	dir := t.TempDir()
	docs := map[string]string{
		"a.txt": "INVOICE 2024-117 from Acme Tools GmbH. Total due: 1,250.00 EUR. Status: paid.",
		"b.txt": "Bill no. 88 — Northwind Ltd — amount 99.90 GBP, payable within 30 days.",
	}
	for name, text := range docs {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "notes.md"), []byte("not a .txt file"), 0o644)
	var out, errb bytes.Buffer
	if err := run([]string{dir}, &out, &errb); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d lines:\n%s", len(lines), out.String())
	}
	raw, _ := schema.For[Invoice]()
	v, err := schema.Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		var line struct {
			File    string          `json:"file"`
			Invoice json.RawMessage `json:"invoice"`
			Error   string          `json:"error"`
		}
		if err := json.Unmarshal([]byte(l), &line); err != nil {
			t.Fatal(err)
		}
		if want := []string{"a.txt", "b.txt"}[i]; line.File != want || line.Error != "" {
			t.Fatalf("line %d: %s", i, l)
		}
		if err := v.Validate(line.Invoice); err != nil {
			t.Fatalf("line %d: the record does not match Invoice's schema: %v", i, err)
		}
	}
	if err := run([]string{t.TempDir()}, &out, &errb); err == nil || !strings.Contains(err.Error(), "no .txt files") {
		t.Fatalf("empty folder: %v", err)
	}
}
