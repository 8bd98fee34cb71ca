// Command extract reads every .txt file of a folder and pulls one record out
// of each into a Go struct with sdk.Extract: the struct's JSON Schema
// constrains the model's reply, which is validated and decoded. It prints
// one JSON line per file.
//
//	go run ./examples/extract --model qwen2.5-7b-instruct-q4_k_m.gguf ./invoices
//
// Without --model it runs on qwenkit's built-in default model, a tiny
// random-weight model: the values it picks are nonsense, but every record
// has the struct's shape.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/qwenkit/qwenkit/sdk"
)

// Invoice is the record taken from each document.
type Invoice struct {
	Vendor   string  `json:"vendor" jsonschema:"description=Who issued the invoice,maxLength=80"`
	Number   string  `json:"number" jsonschema:"description=The invoice number,maxLength=40"`
	Total    float64 `json:"total" jsonschema:"minimum=0,maximum=10000000"`
	Currency string  `json:"currency" jsonschema:"enum=EUR,enum=USD,enum=GBP,enum=other"`
	Paid     bool    `json:"paid"`
}

// Line is one line of output.
type Line struct {
	File    string   `json:"file"`
	Invoice *Invoice `json:"invoice,omitempty"`
	Error   string   `json:"error,omitempty"`
}

const instructions = "Extract the invoice described in the document: vendor, invoice number, total amount, currency and whether it is paid."

func main() {
	if err := run(os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	model := fs.String("model", "", "a Qwen2.5 instruct model (GGUF file or Hugging Face folder); default: the built-in tiny model")
	maxTokens := fs.Int("max-tokens", 256, "maximum tokens per record")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("usage: extract [--model FILE] FOLDER")
	}
	files, err := filepath.Glob(filepath.Join(fs.Arg(0), "*.txt"))
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return fmt.Errorf("no .txt files in %s", fs.Arg(0))
	}
	sort.Strings(files)
	engine, err := openEngine(*model)
	if err != nil {
		return err
	}
	defer engine.Close()
	enc := json.NewEncoder(stdout)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		line := Line{File: filepath.Base(f)}
		inv, err := sdk.Extract[Invoice](context.Background(), engine, instructions, string(text), sdk.WithMaxTokens(*maxTokens))
		if err != nil {
			line.Error = err.Error() // e.g. a reply cut short by --max-tokens
		} else {
			line.Invoice = &inv
		}
		if err := enc.Encode(line); err != nil {
			return err
		}
	}
	return nil
}

// openEngine opens the model at path, or the built-in default model.
func openEngine(path string) (*sdk.Local, error) {
	if path == "" {
		return sdk.OpenDefault()
	}
	return sdk.Open(path)
}
