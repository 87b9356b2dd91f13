from tiendo.extract.cli import main

raise SystemExit(main())
