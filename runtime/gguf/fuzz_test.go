package gguf

import (
	"bytes"
	"runtime"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

// FuzzParse feeds arbitrary bytes to Parse. No input may panic, allocate
// more than a small multiple of its own size, or give a File whose tensor
// data lies outside the input; a File that parses is rewritten with Builder
// and must parse again to the same metadata and tensor bytes.
func FuzzParse(f *testing.F) {
	f.Add(rawFile(3, goodTensors()))
	f.Add(rawFile(2, goodTensors()))
	b := NewBuilder()
	for k, v := range allValues() {
		b.Set(k, v)
	}
	b.AddTensor("q4k", []uint64{256, 2}, quant.Q4_K, make([]byte, 288))
	var seed bytes.Buffer
	if _, err := b.WriteTo(&seed); err != nil {
		f.Fatal(err)
	}
	f.Add(seed.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		file, err := Parse(data, "fuzz.gguf")
		runtime.ReadMemStats(&after)
		// Go's representations cost more than the encoding (a 16-byte string
		// header per 8-byte length, a map entry per key), so the bound is a
		// multiple of the input size, not the size itself. What matters is
		// that no count from the input drives an allocation.
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16*uint64(len(data))+64<<10 {
			t.Fatalf("parsing %d bytes allocated %d bytes", len(data), alloc)
		}
		if err != nil {
			return
		}
		for _, ti := range file.Tensors {
			end := file.DataOffset + int64(ti.Offset) + int64(ti.Size)
			if end > int64(len(data)) || file.DataOffset+int64(ti.Offset) < 0 {
				t.Fatalf("tensor %q data ends at %d, input is %d bytes", ti.Name, end, len(data))
			}
		}
		rb := NewBuilder()
		for _, kv := range file.KVs {
			rb.Set(kv.Key, kv.Value)
		}
		for _, ti := range file.Tensors {
			rb.AddTensor(ti.Name, ti.Dims, ti.Type, file.Data(ti))
		}
		var out bytes.Buffer
		if _, err := rb.WriteTo(&out); err != nil {
			t.Fatalf("rewriting a parsed file: %v", err)
		}
		again, err := Parse(out.Bytes(), "rewritten.gguf")
		if err != nil {
			t.Fatalf("rewritten file does not parse: %v", err)
		}
		if len(again.KVs) != len(file.KVs) || len(again.Tensors) != len(file.Tensors) {
			t.Fatalf("rewritten file has %d keys and %d tensors, want %d and %d",
				len(again.KVs), len(again.Tensors), len(file.KVs), len(file.Tensors))
		}
		for i, ti := range file.Tensors {
			if !bytes.Equal(again.Data(again.Tensors[i]), file.Data(ti)) {
				t.Fatalf("tensor %q data changed in the rewrite", ti.Name)
			}
		}
	})
}
