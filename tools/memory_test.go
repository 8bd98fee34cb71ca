package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
)

type fakeMemory struct {
	queries []string
	limits  []int
	docs    map[string][]string
}

func (f *fakeMemory) SearchMemory(_ context.Context, q string, limit int) ([]MemoryHit, error) {
	f.queries, f.limits = append(f.queries, q), append(f.limits, limit)
	if q == "fail" {
		return nil, errors.New("disk on fire")
	}
	if q == "nothing" {
		return nil, nil
	}
	return []MemoryHit{{Kind: "document", Text: "Paris is the capital of France.", Document: "geo", Seq: 2}}, nil
}

func (f *fakeMemory) DocumentChunks(_ context.Context, name string) ([]string, error) {
	c, ok := f.docs[name]
	if !ok {
		return nil, fmt.Errorf("read %q: %w", name, ErrNoDocument)
	}
	return c, nil
}

func (f *fakeMemory) DocumentNames(context.Context) ([]string, error) {
	return []string{"geo", "notes"}, nil
}

func TestSearchMemoryTool(t *testing.T) {
	m := &fakeMemory{}
	tool, err := SearchMemory(m)
	if err != nil {
		t.Fatal(err)
	}
	r := tool.Call(context.Background(), json.RawMessage(`{"query":"capital"}`))
	if r.Err != nil || r.Content != `[{"kind":"document","text":"Paris is the capital of France.","document":"geo","seq":2}]` {
		t.Fatalf("search: %+v", r)
	}
	if m.limits[0] != 5 {
		t.Fatalf("default limit %d, want 5", m.limits[0])
	}
	if r := tool.Call(context.Background(), json.RawMessage(`{"query":"nothing","limit":3}`)); r.Content != "[]" || m.limits[1] != 3 {
		t.Fatalf("no hits: %+v limit %d", r, m.limits[1])
	}
	if r := tool.Call(context.Background(), json.RawMessage(`{"query":"x","limit":50}`)); !errors.Is(r.Err, ErrInvalidArguments) {
		t.Fatalf("limit 50 accepted: %+v", r)
	}
	if r := tool.Call(context.Background(), json.RawMessage(`{"query":""}`)); !errors.Is(r.Err, ErrInvalidArguments) {
		t.Fatalf("empty query accepted: %+v", r)
	}
	if r := tool.Call(context.Background(), json.RawMessage(`{"query":"fail"}`)); r.Err == nil || !strings.Contains(r.Content, "disk on fire") {
		t.Fatalf("store error: %+v", r)
	}
	if len(m.queries) != 3 {
		t.Fatalf("searcher called %d times, want 3 (invalid calls never reach it)", len(m.queries))
	}
}

func TestReadDocumentTool(t *testing.T) {
	m := &fakeMemory{docs: map[string][]string{"notes": {"c0", "c1", "c2", "c3", "c4", "c5"}}}
	tool, err := ReadDocument(m)
	if err != nil {
		t.Fatal(err)
	}
	var page DocumentPage
	r := tool.Call(context.Background(), json.RawMessage(`{"name":"notes"}`))
	if err := json.Unmarshal([]byte(r.Content), &page); err != nil || r.Err != nil {
		t.Fatalf("%+v %v", r, err)
	}
	if page.Total != 6 || len(page.Chunks) != 4 || page.Chunks[3].Text != "c3" || page.NextChunk == nil || *page.NextChunk != 4 {
		t.Fatalf("first page: %s", r.Content)
	}
	r = tool.Call(context.Background(), json.RawMessage(`{"name":"notes","from_chunk":4,"max_chunks":16}`))
	page = DocumentPage{}
	if err := json.Unmarshal([]byte(r.Content), &page); err != nil || len(page.Chunks) != 2 || page.Chunks[0].Seq != 4 || page.NextChunk != nil {
		t.Fatalf("last page: %s", r.Content)
	}
	r = tool.Call(context.Background(), json.RawMessage(`{"name":"notes","from_chunk":9}`))
	if r.Err == nil || !strings.Contains(r.Content, "has 6 chunks") {
		t.Fatalf("past the end: %+v", r)
	}
	r = tool.Call(context.Background(), json.RawMessage(`{"name":"nope"}`))
	if r.Err == nil || !strings.Contains(r.Content, `no document named \"nope\"; the documents are: geo, notes`) {
		t.Fatalf("unknown document: %+v", r)
	}
}
