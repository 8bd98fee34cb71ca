package safetensors

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/runtime/quant"
)

func f32bytes(xs ...float32) []byte {
	var b []byte
	for _, x := range xs {
		b = binary.LittleEndian.AppendUint32(b, math.Float32bits(x))
	}
	return b
}

func sample() []Tensor {
	return []Tensor{
		{Name: "w", Type: quant.F32, Shape: []int{2, 3}, Data: f32bytes(1, 2, 3, 4, 5, 6)},
		{Name: "b", Type: quant.BF16, Shape: []int{3}, Data: []byte{0x80, 0x3f, 0, 0x40, 0x40, 0x40}},
		{Name: "h", Type: quant.F16, Shape: []int{1, 1}, Data: []byte{0x00, 0x3c}},
		{Name: "empty", Type: quant.F32, Shape: []int{0, 4}, Data: nil},
	}
}

func encode(t *testing.T, ts []Tensor, meta map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, ts, meta); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestRoundTrip(t *testing.T) {
	data := encode(t, sample(), map[string]string{"format": "pt"})
	if hl := binary.LittleEndian.Uint64(data); hl%8 != 0 {
		t.Errorf("header length %d not padded to 8", hl)
	}
	path := filepath.Join(t.TempDir(), "model.safetensors")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if f.Metadata["format"] != "pt" {
		t.Errorf("metadata = %v", f.Metadata)
	}
	if got := strings.Join(f.Names(), ","); got != "w,b,h,empty" {
		t.Errorf("names in data order = %s", got)
	}
	for _, want := range sample() {
		got, ok := f.Tensor(want.Name)
		if !ok {
			t.Fatalf("tensor %q missing", want.Name)
		}
		if got.Type != want.Type || len(got.Shape) != len(want.Shape) || !bytes.Equal(got.Data, want.Data) {
			t.Errorf("tensor %q = %v %v %x, want %v %v %x", want.Name, got.Type, got.Shape, got.Data, want.Type, want.Shape, want.Data)
		}
		for i := range want.Shape {
			if got.Shape[i] != want.Shape[i] {
				t.Errorf("tensor %q shape %v, want %v", want.Name, got.Shape, want.Shape)
			}
		}
	}
}

// header builds a file from a raw JSON header and n data bytes.
func header(h string, n int) []byte {
	b := binary.LittleEndian.AppendUint64(nil, uint64(len(h)))
	return append(append(b, h...), make([]byte, n)...)
}

func TestParseErrors(t *testing.T) {
	good := `{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`
	if _, err := Parse("x", header(good, 8)); err != nil {
		t.Fatalf("good file rejected: %v", err)
	}
	if _, err := Parse("x", header(good+"    ", 8)); err != nil { // writers pad the header with spaces
		t.Fatalf("good file with a padded header rejected: %v", err)
	}
	tooLong := binary.LittleEndian.AppendUint64(nil, 1<<40)
	cases := map[string]struct {
		data []byte
		want string
	}{
		"short":          {[]byte{1, 2, 3}, "shorter than"},
		"header length":  {append(tooLong, "{}"...), "exceeds"},
		"not json":       {header(`{"a":`, 0), "header"},
		"not object":     {header(`[1]`, 0), "not a JSON object"},
		"dtype":          {header(`{"a":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}}`, 1), `unsupported dtype "F8_E4M3"`},
		"out of range":   {header(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, 7), "outside"},
		"size vs shape":  {header(`{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}`, 16), "needs 12 bytes"},
		"negative dim":   {header(`{"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}}`, 8), "negative"},
		"overflow shape": {header(`{"a":{"dtype":"F32","shape":[4611686018427387904,8],"data_offsets":[0,8]}}`, 8), "larger than the file"},
		"overlap": {header(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, 8),
			"overlap"},
		"duplicate":      {header(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}`, 8), "twice"},
		"offsets count":  {header(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0]}}`, 8), "2 numbers"},
		"unknown field":  {header(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"x":1}}`, 8), "unknown field"},
		"bad metadata":   {header(`{"__metadata__":{"a":1}}`, 0), "__metadata__"},
		"reversed range": {header(`{"a":{"dtype":"F32","shape":[0],"data_offsets":[4,0]}}`, 8), "outside"},
		"trailing data":  {header(`{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}} {}`, 4), "data after the JSON object"},
		"bad value":      {header(`{"a":{"dtype":"F32",}}`, 4), `key "a"`},
	}
	for name, c := range cases {
		_, err := Parse("bad.safetensors", c.data)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "bad.safetensors") {
			t.Errorf("%s: error %v, want one containing %q and the file name", name, err, c.want)
		}
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	for path, want := range map[string]string{
		dir:                        dir + ": not a regular file",
		filepath.Join(dir, "none"): "no such file",
	} {
		if f, err := Open(path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Open(%s): %v, want an error containing %q", path, err, want)
			if f != nil {
				f.Close()
			}
		}
	}
}

func writeFile(t *testing.T, path string, ts []Tensor) {
	t.Helper()
	if err := os.WriteFile(path, encode(t, ts, nil), 0o644); err != nil {
		t.Fatal(err)
	}
}

func writeIndex(t *testing.T, dir string, m map[string]string) {
	t.Helper()
	b, _ := json.Marshal(map[string]any{"metadata": map[string]any{}, "weight_map": m})
	if err := os.WriteFile(filepath.Join(dir, IndexFile), b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestOpenDir(t *testing.T) {
	s := sample()
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "model-00001-of-00002.safetensors"), s[:2])
	writeFile(t, filepath.Join(dir, "model-00002-of-00002.safetensors"), s[2:])
	m := map[string]string{"w": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
		"h": "model-00002-of-00002.safetensors", "empty": "model-00002-of-00002.safetensors"}
	writeIndex(t, dir, m)
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(d.Names(), ","); got != "b,empty,h,w" {
		t.Errorf("names = %s", got)
	}
	if h, ok := d.Tensor("h"); !ok || !bytes.Equal(h.Data, s[2].Data) {
		t.Errorf("tensor h from shard 2 = %v, %v", h, ok)
	}
	d.Close()

	// The index names a tensor in the wrong shard.
	m["w"] = "model-00002-of-00002.safetensors"
	writeIndex(t, dir, m)
	if _, err := OpenDir(dir); err == nil || !strings.Contains(err.Error(), `"w"`) {
		t.Errorf("misplaced tensor: error %v", err)
	}
	// The index names a shard that is missing.
	m["w"] = "model-00003-of-00002.safetensors"
	writeIndex(t, dir, m)
	if _, err := OpenDir(dir); err == nil || !strings.Contains(err.Error(), "00003") {
		t.Errorf("missing shard: error %v", err)
	}
	// No index: every file is read, and a name in two files is an error.
	os.Remove(filepath.Join(dir, IndexFile))
	if d, err := OpenDir(dir); err != nil {
		t.Errorf("unindexed shards: %v", err)
	} else {
		d.Close()
	}
	writeFile(t, filepath.Join(dir, "extra.safetensors"), s[:1])
	if _, err := OpenDir(dir); err == nil || !strings.Contains(err.Error(), "both") {
		t.Errorf("duplicate tensor: error %v", err)
	}
	if _, err := OpenDir(t.TempDir()); err == nil {
		t.Error("empty folder accepted")
	}
}

func TestWriteRejects(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, []Tensor{{Name: "a", Type: quant.F32, Shape: []int{2}, Data: make([]byte, 4)}}, nil); err == nil {
		t.Error("short data written")
	}
	if err := Write(&buf, []Tensor{{Name: "a", Type: quant.Q4_K, Shape: []int{256}, Data: make([]byte, 144)}}, nil); err == nil {
		t.Error("block-quantized tensor written")
	}
}

func FuzzParse(f *testing.F) {
	var buf bytes.Buffer
	Write(&buf, sample(), map[string]string{"k": "v"})
	f.Add(buf.Bytes())
	f.Add(header(`{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}`, 8))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse("fuzz", data)
		if err != nil {
			return
		}
		body := len(data) - 8 - int(binary.LittleEndian.Uint64(data))
		for _, n := range file.Names() {
			tt, _ := file.Tensor(n)
			if len(tt.Data) != tt.Elements()*tt.Type.TypeSize() || len(tt.Data) > body {
				t.Fatalf("tensor %q: %d bytes for shape %v", n, len(tt.Data), tt.Shape)
			}
		}
	})
}
