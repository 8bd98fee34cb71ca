//go:build !linux

package kernels

func processCPU() int64 { return 0 }
