package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// detokenizeCommand turns JSONL token ids into JSONL texts.
var detokenizeCommand = command{
	summary: "detokenize JSONL {\"ids\": [...]} from stdin into {\"text\": ...} (--tokenizer PATH [--skip-special])",
	run:     runDetokenize,
}

func runDetokenize(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("detokenize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("tokenizer", "", "a GGUF file, a tokenizer.json, or a folder with tokenizer.json or vocab.json + merges.txt")
	skip := fs.Bool("skip-special", false, "leave out control tokens such as <|im_end|>")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: qwenkit detokenize --tokenizer PATH [--skip-special] < ids.jsonl > texts.jsonl")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return &exitError{2, err}
	}
	if *path == "" || fs.NArg() != 0 {
		fs.Usage()
		return &exitError{2, errors.New("--tokenizer PATH is required and no other arguments are taken")}
	}
	tok, err := tokenizer.LoadFile(*path)
	if err != nil {
		return err
	}
	decode := tok.Decode
	if *skip {
		decode = tok.DecodeSkipSpecial
	}
	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	err = forEachRecord(stdin, func(rec *struct {
		IDs *[]int `json:"ids"`
	}) error {
		if rec.IDs == nil {
			return errors.New(`no "ids" array`)
		}
		for i, id := range *rec.IDs {
			if id < 0 || id >= tok.NumTokens() {
				return fmt.Errorf("ids[%d] = %d is outside the vocabulary of %d tokens", i, id, tok.NumTokens())
			}
		}
		return enc.Encode(struct {
			Text string `json:"text"`
		}{decode(*rec.IDs)})
	})
	// The records before an error are written too; a failed write of
	// stdout is an error of its own.
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("stdout: %w", ferr)
	}
	return err
}
