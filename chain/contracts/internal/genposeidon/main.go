// Command genposeidon writes chain/contracts/src/Poseidon2.sol from
// gnark-crypto's Poseidon2 parameters (see package poseidonsol). Run by
// go generate in chain/contracts: genposeidon [-out src/Poseidon2.sol].
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/zkpool/aoraki/chain/contracts/internal/poseidonsol"
)

func main() {
	out := flag.String("out", "src/Poseidon2.sol", "file to write")
	flag.Parse()
	src, err := poseidonsol.Source()
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genposeidon:", err)
		os.Exit(1)
	}
}
