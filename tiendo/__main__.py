from tiendo.cli import main

raise SystemExit(main())
