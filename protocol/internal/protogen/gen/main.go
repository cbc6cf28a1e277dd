// Command gen regenerates the .pb.go of each .proto named on its command
// line, in the current directory (go:generate in protocol/market and
// protocol/wire), with the pinned tools of package protogen.
package main

import (
	"fmt"
	"os"

	"github.com/zkpool/aoraki/protocol/internal/protogen"
)

func main() {
	for _, p := range os.Args[1:] {
		if err := protogen.Generate(".", p, "."); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
}
