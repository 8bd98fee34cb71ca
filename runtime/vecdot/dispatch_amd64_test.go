//go:build !purego

package vecdot

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"golang.org/x/sys/cpu"
)

// TestDispatch checks that a CPU with AVX2, FMA and F16C gets the assembly
// kernels, one with AVX512 F, VL, BW and VNNI too the VNNI ones and the
// 512-bit ones (avx512), and that the other tests (which run every
// implementation in impls) see them all. GODEBUG=cpu.avx512f=off (read by
// golang.org/x/sys/cpu) leaves the AVX2 kernels.
func TestDispatch(t *testing.T) {
	want := []string{"generic"}
	if cpu.X86.HasAVX2 && cpu.X86.HasFMA && cpu.X86.HasF16C {
		want = append(want, map[bool]string{true: "avx2-many", false: "avx2-few"}[amdCPU()], "avx2")
		if cpu.X86.HasAVX512F && cpu.X86.HasAVX512VL && cpu.X86.HasAVX512BW && cpu.X86.HasAVX512VNNI {
			want = append(want, "avx2+vnni", "avx512")
		}
	}
	var got []string
	for _, m := range impls() {
		got = append(got, m.name)
		for _, typ := range quantTypes {
			if m.quantFor(typ) == nil {
				t.Errorf("%s %s: no kernel", m.name, typ)
			}
		}
		for _, typ := range floatTypes {
			if m.floatFor(typ) == nil {
				t.Errorf("%s %s: no kernel", m.name, typ)
			}
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("impls() = %v, want %v", got, want)
	}
	if Impl() != want[len(want)-1] {
		t.Fatalf("Impl() = %q, want %q", Impl(), want[len(want)-1])
	}
}

// TestAMDCPU checks the vendor test that picks the AVX2 stream counts
// against the vendor_id Linux reports in /proc/cpuinfo (elsewhere there is
// nothing to compare with).
func TestAMDCPU(t *testing.T) {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return
	}
	var vendor string
	for line := range strings.Lines(string(b)) {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "vendor_id" {
			vendor = strings.TrimSpace(v)
			break
		}
	}
	if vendor == "" {
		t.Fatal("/proc/cpuinfo has no vendor_id")
	}
	if got, want := amdCPU(), vendor == "AuthenticAMD"; got != want {
		t.Fatalf("amdCPU() = %v on a CPU whose vendor_id is %q", got, vendor)
	}
}
