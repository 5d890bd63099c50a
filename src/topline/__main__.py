from topline.cli import main

main()
