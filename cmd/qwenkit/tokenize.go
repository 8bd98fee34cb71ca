package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"reflect"
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
	var line []byte
	err = forEachRecord(stdin, func(rec *struct {
		Text *string `json:"text"`
	}) error {
		if rec.Text == nil {
			return errors.New(`no "text" string`)
		}
		line = append(line[:0], `{"ids":[`...)
		for i, id := range encode(*rec.Text) {
			if i > 0 {
				line = append(line, ',')
			}
			line = strconv.AppendInt(line, int64(id), 10)
		}
		line = append(line, "]}\n"...)
		_, err := w.Write(line)
		return err
	})
	// The records before an error are written too; a failed write of
	// stdout is an error of its own.
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("stdout: %w", ferr)
	}
	return err
}

// forEachRecord decodes r as a stream of JSON values (JSON Lines, or any
// white space between values), each into a fresh T, and calls f with it. It
// returns nil at the end of the input (an empty input holds no records), else
// the first error, naming the record's 1-based number.
func forEachRecord[T any](r io.Reader, f func(rec *T) error) error {
	dec := json.NewDecoder(bufio.NewReaderSize(r, 1<<16))
	for n := 1; ; n++ {
		var rec T
		if err := dec.Decode(&rec); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("input record %d: %w", n, plainJSONError(err))
		}
		if err := f(&rec); err != nil {
			return fmt.Errorf("input record %d: %w", n, err)
		}
	}
}

// plainJSONError rewords a decoding type error without the Go types behind
// it ("want a JSON object, got array"; "\"ids\": got string, want int").
func plainJSONError(err error) error {
	var te *json.UnmarshalTypeError
	if !errors.As(err, &te) {
		return err
	}
	if te.Field == "" {
		return fmt.Errorf("want a JSON object, got %s", te.Value)
	}
	return fmt.Errorf("%q: got %s, want %s", te.Field, te.Value, jsonKind(te.Type))
}

// jsonKind names what JSON a Go type decodes from.
func jsonKind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return jsonKind(t.Elem())
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer in range"
	case reflect.Float32, reflect.Float64:
		return "a number"
	case reflect.Slice, reflect.Array:
		return "an array"
	}
	return "an object"
}
