#include "app/run.h"

int main(int argc, char** argv)
{
    return checkin::app::RunMain(argc, argv);
}
