package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	"github.com/qwenkit/qwenkit/runtime/tokenizer"
)

// tokenizeCommand turns JSONL texts into JSONL token ids.
var tokenizeCommand = command{
	summary: "tokenize JSONL {\"text\": ...} from stdin into {\"ids\": [...]} (--tokenizer PATH [--special])",
	run:     runTokenize,
}

func runTokenize(args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("tokenize", flag.ContinueOnError)
	fs.SetOutput(stderr)
	path := fs.String("tokenizer", "", "a GGUF file, a tokenizer.json, or a folder with tokenizer.json or vocab.json + merges.txt")
	special := fs.Bool("special", false, "recognise added-token text such as <|im_start|> (only for text you wrote yourself)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: qwenkit tokenize --tokenizer PATH [--special] < texts.jsonl > ids.jsonl")
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
	encode := tok.Encode
	if *special {
		encode = tok.EncodeSpecial
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	dec := json.NewDecoder(bufio.NewReaderSize(stdin, 1<<16))
	var line []byte
	for n := 1; ; n++ {
		var rec struct {
			Text *string `json:"text"`
		}
		if err := dec.Decode(&rec); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("stdin record %d: %w", n, err)
		}
		if rec.Text == nil {
			return fmt.Errorf("stdin record %d: no \"text\" string", n)
		}
		line = append(line[:0], `{"ids":[`...)
		for i, id := range encode(*rec.Text) {
			if i > 0 {
				line = append(line, ',')
			}
			line = strconv.AppendInt(line, int64(id), 10)
		}
		line = append(line, "]}\n"...)
		if _, err := w.Write(line); err != nil {
			return err
		}
	}
}
